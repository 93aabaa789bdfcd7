import { useState } from "react";
import { api } from "../api.js";
import { useI18n } from "../i18n.js";
import { useAsync } from "../useAsync.js";
import { ArticleView } from "../components/ArticleView.js";
import { Empty, ErrorBox, Loading } from "../components/bits.js";

export function ReadView({ docKey }: { docKey: string | null }) {
  const { t } = useI18n();
  const [q, setQ] = useState("");
  const docs = useAsync(() => api.documents(q, 100), q);
  const first = docs.data?.items[0]?.docKey;
  const key = docKey !== null ? Number(docKey) : first;
  return (
    <div className="read-layout">
      <aside className="doc-list">
        <h2 className="side-title">
          {t("documents")} {docs.data ? <span className="count">{docs.data.total}</span> : null}
        </h2>
        <input className="input" type="search" placeholder={t("searchArticles")} value={q} onChange={(e) => setQ(e.target.value)} aria-label={t("searchArticles")} />
        {docs.loading && !docs.data ? <Loading /> : null}
        {docs.error ? <ErrorBox error={docs.error} onRetry={docs.reload} /> : null}
        {docs.data && docs.data.items.length === 0 ? <Empty>{t("noDocuments")}</Empty> : null}
        <ul>
          {docs.data?.items.map((d) => (
            <li key={d.docKey}>
              <a href={`#/read/${d.docKey}`} className={d.docKey === key ? "active" : undefined} data-doc={d.docKey}>
                <span className="doc-title" dir="auto">
                  {d.title || d.id}
                </span>
                <span className="doc-meta">
                  {d.published ?? "—"} · {d.events} {t("eventsCount")}
                  {d.source ? ` · ${d.source}` : ""}
                </span>
              </a>
            </li>
          ))}
        </ul>
      </aside>
      <section className="doc-pane">{key !== undefined && !Number.isNaN(key) ? <DocumentPane docKey={key} /> : docs.data ? <Empty>{t("pickDocument")}</Empty> : null}</section>
    </div>
  );
}

function DocumentPane({ docKey }: { docKey: number }) {
  const { t } = useI18n();
  const doc = useAsync(() => api.document(docKey), String(docKey));
  if (doc.loading && !doc.data) return <Loading />;
  if (doc.error) return <ErrorBox error={doc.error} onRetry={doc.reload} />;
  const d = doc.data;
  if (!d) return null;
  return (
    <>
      <div className="doc-header">
        <span>
          {t("published")}: <strong>{d.published ?? "—"}</strong>
        </span>
        {d.source ? (
          <span>
            {t("outlet")}: <strong>{d.source}</strong>
          </span>
        ) : null}
        {d.url ? (
          <a href={d.url} target="_blank" rel="noreferrer noopener">
            {t("openSource")} ↗
          </a>
        ) : null}
      </div>
      <ArticleView text={d.text} record={d.record} title={d.title} />
    </>
  );
}
