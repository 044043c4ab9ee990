// Optional summaries from an OpenAI-compatible chat-completions endpoint. Never required: any error,
// timeout or odd answer falls back to the extractive summary. Configured from SUMMARY_API_URL,
// SUMMARY_API_KEY, SUMMARY_MODEL (and SUMMARY_TIMEOUT_MS); tests point it at a loopback stand-in only.
import { z } from 'zod';
import type { StatementBrief } from '../model.ts';
import { summarise as extractive, type SummaryOptions } from './extractive.ts';
import { shortSpeaker } from './names.ts';
import { unfaithfulQuotes } from './verbatim.ts';

/** Anything that turns statements into a short summary. */
export interface Summariser {
  summarise(statements: readonly StatementBrief[]): Promise<string>;
}

/** The deterministic default, as a Summariser. */
export function createExtractiveSummariser(options: SummaryOptions = {}): Summariser {
  return { summarise: async (statements) => extractive(statements, options) };
}

export interface LlmSummaryConfig {
  /** Base URL ("http://127.0.0.1:8080/v1") or the full ".../chat/completions" URL. */
  readonly url: string;
  readonly apiKey: string | null;
  readonly model: string;
  readonly timeoutMs: number;
}

/** Bad SUMMARY_* settings: lists every problem at once. */
export class SummaryConfigError extends Error {
  override readonly name = 'SummaryConfigError';
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`invalid summary endpoint settings: ${problems.join('; ')}`);
    this.problems = problems;
  }
}

/** A failed call to the endpoint (status, network, timeout or unusable answer). */
export class SummaryApiError extends Error {
  override readonly name = 'SummaryApiError';
  readonly status: number | null;
  constructor(message: string, options: { status?: number | null; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.status = options.status ?? null;
  }
}

const envSchema = z.object({
  SUMMARY_API_URL: z.url({ protocol: /^https?$/ }),
  SUMMARY_API_KEY: z.string().min(1).optional(),
  SUMMARY_MODEL: z.string().min(1, 'SUMMARY_MODEL is required when SUMMARY_API_URL is set'),
  SUMMARY_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(8000),
});

/** Endpoint settings from the environment; null when SUMMARY_API_URL is unset (extractive only). */
export function summaryConfigFromEnv(env: Readonly<Record<string, string | undefined>>): LlmSummaryConfig | null {
  if (!env.SUMMARY_API_URL) return null;
  const parsed = envSchema.safeParse({
    SUMMARY_API_URL: env.SUMMARY_API_URL,
    SUMMARY_API_KEY: env.SUMMARY_API_KEY || undefined,
    SUMMARY_MODEL: env.SUMMARY_MODEL ?? '',
    SUMMARY_TIMEOUT_MS: env.SUMMARY_TIMEOUT_MS || undefined,
  });
  if (!parsed.success) throw new SummaryConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  const d = parsed.data;
  return { url: d.SUMMARY_API_URL, apiKey: d.SUMMARY_API_KEY ?? null, model: d.SUMMARY_MODEL, timeoutMs: d.SUMMARY_TIMEOUT_MS };
}

const answerSchema = z.object({
  choices: z.array(z.object({ message: z.object({ content: z.string() }) })).min(1),
});

const SYSTEM_PROMPT =
  'You write briefings for a newsroom. Summarise the attributed statements in 1 to 3 plain sentences. ' +
  'Name who said what (surname is enough), do not repeat a point, add nothing that is not in the statements. ' +
  'Put in quotation marks only words copied exactly from a statement.';

export interface LlmSummariserOptions {
  /** Injected fetch (tests, proxies); default: global fetch. */
  readonly fetch?: typeof fetch;
  /** Used when the endpoint fails; default: the extractive summary. */
  readonly fallback?: Summariser;
  /** Told about every failure that was covered by the fallback. */
  readonly onError?: (error: SummaryApiError) => void;
  /** Statements sent at most (the prompt stays small). */
  readonly maxStatements?: number;
}

/** Calls the endpoint with a timeout; on any failure returns the fallback summary instead. */
export function createLlmSummariser(config: LlmSummaryConfig, options: LlmSummariserOptions = {}): Summariser {
  const doFetch = options.fetch ?? fetch;
  const fallback = options.fallback ?? createExtractiveSummariser();
  const endpoint = /\/chat\/completions\/?$/.test(config.url) ? config.url : `${config.url.replace(/\/+$/, '')}/chat/completions`;

  async function ask(statements: readonly StatementBrief[]): Promise<string> {
    const lines = statements
      .slice(0, options.maxStatements ?? 12)
      .map((s, i) => `${i + 1}. ${shortSpeaker(s.speaker ?? s.speakerMention)} (${s.cue}): ${s.text.slice(0, 600)}`);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), config.timeoutMs);
    try {
      const response = await doFetch(endpoint, {
        method: 'POST',
        signal: controller.signal,
        headers: { 'content-type': 'application/json', ...(config.apiKey ? { authorization: `Bearer ${config.apiKey}` } : {}) },
        body: JSON.stringify({
          model: config.model,
          temperature: 0,
          max_tokens: 220,
          messages: [
            { role: 'system', content: SYSTEM_PROMPT },
            { role: 'user', content: lines.join('\n') },
          ],
        }),
      });
      if (!response.ok) throw new SummaryApiError(`summary endpoint answered HTTP ${response.status}`, { status: response.status });
      const parsed = answerSchema.safeParse(await response.json());
      const text = parsed.success ? (parsed.data.choices[0]?.message.content ?? '').replace(/\s+/g, ' ').trim() : '';
      if (!text) throw new SummaryApiError('summary endpoint returned no usable text');
      // A quotation must be the source's own words: one that is not verbatim sends the extractive summary instead.
      const misquoted = unfaithfulQuotes(text, statements.map((s) => s.text));
      if (misquoted.length > 0) throw new SummaryApiError(`summary endpoint misquoted: “${misquoted[0]}” is not in any statement`);
      return text.length > 700 ? `${text.slice(0, 699).replace(/\s+\S*$/, '')}…` : text;
    } catch (error) {
      if (error instanceof SummaryApiError) throw error;
      const timedOut = controller.signal.aborted;
      throw new SummaryApiError(timedOut ? `summary endpoint timed out after ${config.timeoutMs} ms` : `summary endpoint failed: ${String(error)}`, {
        cause: error,
      });
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    async summarise(statements) {
      if (statements.length === 0) return '';
      try {
        return await ask(statements);
      } catch (error) {
        options.onError?.(error as SummaryApiError);
        return fallback.summarise(statements);
      }
    },
  };
}
