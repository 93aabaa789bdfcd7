import { api, type EventRecord } from "../api.js";
import { useI18n } from "../i18n.js";
import { useAsync } from "../useAsync.js";
import { ErrorBox, Loading } from "./bits.js";

interface Mark {
  readonly start: number;
  readonly end: number;
  readonly role: "trigger" | "source" | "target";
}

/**
 * Report spans are offsets into the whole article, but only the sentence is
 * sent: find where the sentence starts by the one placement at which the
 * trigger (and the source and target, when there are any) all read true.
 */
export function marksInSentence(sentence: string, ev: EventRecord, sentenceStart?: number): Mark[] {
  const spans: Mark[] = [{ start: ev.trigger.start, end: ev.trigger.end, role: "trigger" }];
  const texts = [ev.trigger.text];
  if (ev.source) {
    spans.push({ start: ev.source.start, end: ev.source.end, role: "source" });
    texts.push(ev.source.text);
  }
  if (ev.target) {
    spans.push({ start: ev.target.start, end: ev.target.end, role: "target" });
    texts.push(ev.target.text);
  }
  const fits = (base: number): boolean => spans.every((s, i) => s.start - base >= 0 && sentence.slice(s.start - base, s.end - base) === texts[i]);
  let base: number | null = sentenceStart !== undefined && fits(sentenceStart) ? sentenceStart : null;
  for (let i = sentence.indexOf(ev.trigger.text); base === null && i >= 0; i = sentence.indexOf(ev.trigger.text, i + 1)) {
    if (fits(ev.trigger.start - i)) base = ev.trigger.start - i;
  }
  if (base === null) {
    // Fall back to the trigger alone so the reader still sees what fired.
    const i = sentence.indexOf(ev.trigger.text);
    return i >= 0 ? [{ start: i, end: i + ev.trigger.text.length, role: "trigger" }] : [];
  }
  const b = base;
  return spans.map((s) => ({ ...s, start: s.start - b, end: s.end - b }));
}

export function MarkedSentence({ sentence, ev, sentenceStart }: { sentence: string; ev: EventRecord; sentenceStart?: number }) {
  const marks = marksInSentence(sentence, ev, sentenceStart);
  const cuts = [...new Set([0, sentence.length, ...marks.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  const parts = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i]!;
    const b = cuts[i + 1]!;
    const roles = marks.filter((m) => m.start <= a && m.end >= b).map((m) => m.role);
    const txt = sentence.slice(a, b);
    parts.push(
      roles.length ? (
        <mark key={i} className={roles.map((r) => `ev-${r}`).join(" ")} data-role={roles.join(" ")}>
          {txt}
        </mark>
      ) : (
        <span key={i}>{txt}</span>
      ),
    );
  }
  return (
    <p className="sentence" dir="rtl" lang="ar">
      {parts}
    </p>
  );
}

export function EventEvidence({ id }: { id: number }) {
  const { t } = useI18n();
  const detail = useAsync(() => api.event(id), String(id));
  if (detail.loading && !detail.data) return <Loading />;
  if (detail.error) return <ErrorBox error={detail.error} onRetry={detail.reload} />;
  const d = detail.data;
  if (!d) return null;
  return (
    <div className="evidence" data-evidence={id}>
      <div className="evidence-legend">
        <mark className="ev-trigger">{t("kindTrigger")}</mark>
        <mark className="ev-source">{t("kindSource")}</mark>
        <mark className="ev-target">{t("kindTarget")}</mark>
      </div>
      {d.reports.map((r, i) => (
        <div className="report" key={i}>
          <div className="report-meta">
            <a href={`#/read/${r.docKey}`} dir="auto">
              {r.title || r.docId}
            </a>
            <span>{r.published ?? "—"}</span>
            {r.source ? <span>{r.source}</span> : null}
            <code className="rule">{r.event.rule}</code>
          </div>
          <MarkedSentence sentence={r.sentence} ev={r.event} sentenceStart={(r as { sentenceStart?: number }).sentenceStart} />
        </div>
      ))}
    </div>
  );
}
