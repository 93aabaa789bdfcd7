import { useState } from "react";
import { api, type DocumentRecord } from "../api.js";
import { useI18n } from "../i18n.js";
import { ArticleView } from "../components/ArticleView.js";
import { ErrorBox } from "../components/bits.js";

const EXAMPLE = `استقبل الرئيس المصري في القاهرة يوم الاثنين وزير الخارجية الأردني، وبحث الجانبان الأوضاع في المنطقة.
وأدان وزير الخارجية السعودي الهجوم على المدنيين، وقال إن "المملكة ترفض أي تصعيد".`;

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function TryView() {
  const { t } = useI18n();
  const [text, setText] = useState("");
  const [published, setPublished] = useState(today);
  const [title, setTitle] = useState("");
  const [save, setSave] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<{ text: string; record: DocumentRecord; title: string; docKey: number | null } | null>(null);

  const submit = async (): Promise<void> => {
    if (!text.trim()) {
      setError(new Error(t("textRequired")));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const body: { text: string; published?: string; title?: string; store?: boolean } = { text, store: save };
      if (published) body.published = published;
      if (title.trim()) body.title = title.trim();
      const { record, docKey } = await api.extract(body);
      setResult({ text, record, title: title.trim(), docKey });
    } catch (e) {
      setError(e);
      setResult(null);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="try">
      <form
        className="card try-form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <h2>{t("tryTitle")}</h2>
        <p className="muted">{t("tryHelp")}</p>
        <label className="field wide">
          <span>{t("text")}</span>
          <textarea className="input" dir="auto" lang="ar" rows={5} value={text} onChange={(e) => setText(e.target.value)} name="text" />
        </label>
        <div className="try-row">
          <label className="field">
            <span>{t("title")}</span>
            <input className="input" dir="auto" value={title} onChange={(e) => setTitle(e.target.value)} name="title" />
          </label>
          <label className="field">
            <span>{t("publishedDate")}</span>
            <input className="input" type="date" value={published} onChange={(e) => setPublished(e.target.value)} name="published" />
          </label>
          <label className="check">
            <input type="checkbox" checked={save} onChange={(e) => setSave(e.target.checked)} name="store" /> {t("saveToDb")}
          </label>
        </div>
        <div className="actions">
          <button className="btn primary" type="submit" disabled={busy}>
            {busy ? t("extracting") : t("extract")}
          </button>
          <button className="btn ghost" type="button" onClick={() => setText(EXAMPLE)}>
            {t("example")}
          </button>
          <button
            className="btn ghost"
            type="button"
            onClick={() => {
              setText("");
              setResult(null);
              setError(null);
            }}
          >
            {t("clear")}
          </button>
        </div>
        {error ? <ErrorBox error={error} /> : null}
      </form>
      {result ? (
        <section className="try-result card" data-try-result>
          {result.docKey !== null ? (
            <p className="notice">
              <a href={`#/read/${result.docKey}`}>{t("savedAs")} →</a>
            </p>
          ) : null}
          <ArticleView text={result.text} record={result.record} title={result.title || null} />
        </section>
      ) : null}
    </div>
  );
}
