// /register/:slug/nevenfuncties — an organisation's published nevenfuncties, public, no account:
// the chosen half year (?periode=, the newest without it) as a table per official, the open-data
// links (JSON and CSV of the same half year), and every publication (the history). It shows the
// publication and nothing else: the data has only the published fields.
import { Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { addressOf } from '../address.ts';
import { ApiError } from '../api.ts';
import { call, fileAddress } from '../client.ts';
import { useSay } from '../instrument/text.ts';
import { AppLink } from '../ui/links.tsx';
import { PageTitle } from '../ui/PageTitle.tsx';
import { ResourceView } from '../ui/ResourceView.tsx';
import { useResource } from '../ui/use-resource.ts';
import './nevenfuncties.css';
import { periodLabel } from './period.ts';
import { RegisterTables } from './RegisterTables.tsx';

const periodPattern = /^\d{4}-H[12]$/;

export function PublicRegister() {
  const { t, i18n } = useTranslation();
  const { say } = useSay();
  const { slug = '' } = useParams();
  const [search] = useSearchParams();
  const asked = search.get('periode') ?? '';
  const period = periodPattern.test(asked) ? asked : undefined;
  const load = useResource(async () => {
    const content = await call('nevenfuncties.content');
    try {
      const feed = await call('nevenfuncties.publicJson', {
        params: { slug },
        query: period ? { period } : {},
      });
      return { content, feed };
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 404) return { content, feed: null };
      throw caught;
    }
  }, [slug, period]);
  const at = (iso: string) => new Date(iso).toLocaleDateString(i18n.language);

  if (load.status !== 'ready' || !load.data.feed)
    return (
      <>
        <PageTitle>{t('nevenfuncties.public.titleShort')}</PageTitle>
        <ResourceView resource={load}>
          {({ content }) => <Paragraph>{say(content.publicPage.empty)}</Paragraph>}
        </ResourceView>
      </>
    );
  const { content, feed } = load.data;
  const input = { params: { slug }, query: { period: feed.period } };
  return (
    <>
      <PageTitle>{t('nevenfuncties.public.title', { organisation: feed.organisation.name })}</PageTitle>
      <Paragraph lead>{say(content.publicPage.intro)}</Paragraph>
      <Paragraph>
        {t('nevenfuncties.public.period', {
          period: periodLabel(feed.period, t),
          revision: feed.revision,
          at: at(feed.publishedAt),
        })}
      </Paragraph>
      <RegisterTables officials={feed.officials} fields={feed.fields} />

      <section className="weerbaar-section" aria-labelledby="register-open-data">
        <Heading2 id="register-open-data">{t('nevenfuncties.public.downloadsTitle')}</Heading2>
        <Paragraph>{say(content.publicPage.openData)}</Paragraph>
        <UnorderedList>
          <UnorderedListItem>
            <a
              className="utrecht-link utrecht-link--html-a"
              href={addressOf('nevenfuncties.publicJson', input)}
            >
              {t('nevenfuncties.public.json', { period: periodLabel(feed.period, t) })}
            </a>
          </UnorderedListItem>
          <UnorderedListItem>
            <a
              className="utrecht-link utrecht-link--html-a"
              href={fileAddress('nevenfuncties.publicCsv', input)}
              download
            >
              {t('nevenfuncties.public.csv', { period: periodLabel(feed.period, t) })}
            </a>
          </UnorderedListItem>
        </UnorderedList>
      </section>

      <section className="weerbaar-section" aria-labelledby="register-history">
        <Heading2 id="register-history">{t('nevenfuncties.public.historyTitle')}</Heading2>
        <UnorderedList>
          {feed.publications.map((p) => {
            const words = t('nevenfuncties.publish.version', {
              period: periodLabel(p.period, t),
              revision: p.revision,
              at: at(p.publishedAt),
            });
            const shown = p.period === feed.period && p.revision === feed.revision;
            return (
              <UnorderedListItem key={`${p.period}-${p.revision}`}>
                {shown ? (
                  `${words} ${t('nevenfuncties.public.current')}`
                ) : (
                  <AppLink to={`/register/${slug}/nevenfuncties?periode=${p.period}`}>{words}</AppLink>
                )}
              </UnorderedListItem>
            );
          })}
        </UnorderedList>
      </section>
    </>
  );
}
