// The `feeds` lines of `briefdesk --help`. A module of its own with no imports, so the main CLI can show
// help without loading the feed parser (the `feeds` command itself is loaded on first use).

export const FEEDS_USAGE = `  feeds add URL [--name NAME] [--db FILE]        follow an RSS, Atom or RDF feed
  feeds list [--format text|jsonl] [--db FILE]   followed feeds: last success, last error, items seen, back-off
  feeds remove ID [--db FILE]                    stop following a feed (its statements stay)
  feeds import FILE.opml [--db FILE]             follow every feed of an OPML subscription list
  feeds poll [--once] [--force] [--db FILE]      poll now: one round with --once (--force: feeds backing off too),
                                                 else on the schedule (FEED_POLL_CRON, every 15 min) until Ctrl-C`;
