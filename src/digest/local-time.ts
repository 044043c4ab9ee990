// Wall-clock time in a subscription's zone, via Intl (no dependency). A digest "slot" is a local date.

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Local date ("2024-03-31") and time ("03:30") of an instant in a zone. */
export function localDateTime(instant: Date, timeZone: string): { date: string; time: string } {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(instant).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** "2024-03-31 03:30" for headers. */
export function formatLocal(iso: string, timeZone: string): string {
  const { date, time } = localDateTime(new Date(iso), timeZone);
  return `${date} ${time}`;
}

/** True for zones Intl knows ("Europe/Berlin", "UTC"). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** "8:05" → "08:05"; null for anything that is not a 24-hour time. */
export function normaliseTime(text: string): string | null {
  const m = /^([01]?\d|2[0-3])[:.h]([0-5]\d)$/.exec(text.trim());
  return m ? `${m[1]?.padStart(2, '0')}:${m[2]}` : null;
}
