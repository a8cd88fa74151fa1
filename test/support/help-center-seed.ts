// A realistic multilingual help center for export tests, built in code so its size and shape are
// visible here: 60 articles in collections nested three deep (two of them named "FAQ"), English
// and French, h1/h3 headings (which Intercom turns into h2), images re-hosted on the CDN, nested
// lists, code, tables, a standalone article, two articles with the same title, and companies
// carrying tags. One body has whitespace inside bold, which Markdown cannot keep: it exports as HTML.
import type { SandboxSeed, SeedArticle, SeedCollection } from '../../src/sandbox/index.js';

const COLLECTIONS: SeedCollection[] = [
  { id: '10', name: 'Getting Started', description: 'First steps' },
  { id: '11', name: 'Setup', description: 'Installing Globex', parent_id: '10' },
  { id: '12', name: 'Advanced setup', description: 'For admins', parent_id: '11' },
  { id: '20', name: 'Billing', description: 'Invoices, plans and refunds' },
  { id: '21', name: 'Invoices', description: '', parent_id: '20' },
  { id: '22', name: 'FAQ', description: 'Billing questions', parent_id: '20' },
  { id: '30', name: 'Integrations', description: 'Connect your tools' },
  { id: '31', name: 'Slack', description: 'Slack app', parent_id: '30' },
  { id: '32', name: 'FAQ', description: 'Integration questions', parent_id: '30' },
  { id: '40', name: 'Security', description: 'Keeping data safe' },
].map((c, i) => ({
  ...c,
  order: i,
  translated_content: { fr: { name: `${c.name} (fr)`, description: `FR: ${c.description}` } },
}));

const TOPICS = ['Projects', 'Invoices', 'Teams', 'Exports', 'Webhooks', 'Roles'];

function body(n: number, lang: 'en' | 'fr'): string {
  const topic = TOPICS[n % TOPICS.length]!;
  const say = lang === 'en' ? 'Open the' : 'Ouvrez la page';
  const parts = [
    `<h1>${topic} ${n}</h1>`,
    `<p class="no-margin">${say} <b>${topic}</b> page and choose <i>New</i>. Article number ${n}.</p>`,
    `<h3 id="h_${(1000 + n).toString(16)}">${lang === 'en' ? 'Step one' : 'Étape un'}</h3>`,
    `<ul><li><p>First item ${n}</p></li><li>Second item<ul><li>Nested ${n}</li></ul></li></ul>`,
    `<div class="intercom-container"><img src="https://globex.example/img/${topic.toLowerCase()}-${n}.png"></div>`,
    `<p>Read <a href="https://globex.example/docs/${n}" target="_blank">the guide</a> &amp; more.</p>`,
  ];
  if (n % 5 === 0) parts.push(`<pre><code>globex sync --id ${n}\nglobex status</code></pre>`);
  if (n % 7 === 0)
    parts.push('<h4>Limits</h4><ol><li>Ten per hour</li><li>Fifty per day</li></ol>');
  if (n % 9 === 0) parts.push('<table><tbody><tr><td>Plan</td><td>Seats</td></tr></tbody></table>');
  if (n === 13) parts.push('<p>Whitespace <b>inside </b>bold.</p>');
  return parts.join('');
}

const PARENTS = ['10', '11', '12', '20', '21', '22', '30', '31', '32', '40'];

function articles(): SeedArticle[] {
  const out: SeedArticle[] = [];
  for (let n = 1; n <= 60; n++) {
    // Articles 41 and 42 share a title, in two collections.
    const title =
      n === 41 || n === 42 ? 'How do I export?' : `${TOPICS[n % TOPICS.length]} guide ${n}`;
    out.push({
      id: String(100 + n),
      title,
      description: n % 3 === 0 ? '' : `About ${title}`,
      body: body(n, 'en'),
      author_id: n % 2 === 0 ? 1 : 2,
      state: n % 4 === 0 ? 'draft' : 'published',
      // Article 60 stands alone, outside every collection.
      parent_id: n === 60 ? null : PARENTS[n % PARENTS.length]!,
      ...(n % 2 === 0
        ? {
            translated_content: {
              fr: { title: `${title} (fr)`, description: `Sur ${title}`, body: body(n, 'fr') },
            },
          }
        : {}),
    });
  }
  return out;
}

export function helpCenterSeed(): SandboxSeed {
  return {
    app: { id_code: 'globex42', name: 'Globex' },
    admins: [
      { id: '1', name: 'Ann Writer', email: 'ann@globex.example' },
      { id: '2', name: 'Bo Writer', email: 'bo@globex.example' },
      { id: '3', name: 'Cy Support', email: 'cy@globex.example', away_mode_enabled: true },
    ],
    away_status_reasons: [{ id: '1', label: 'On holiday' }],
    tags: [
      { id: '501', name: 'vip' },
      { id: '502', name: 'beta' },
      { id: '503', name: 'churn-risk' },
    ],
    help_center: { locales: ['en', 'fr'] },
    collections: COLLECTIONS,
    articles: articles(),
    companies: [
      { company_id: 'acme', name: 'Acme', plan: 'Pro', user_count: 3, tags: ['vip', 'beta'] },
      { company_id: 'initech', name: 'Initech', user_count: 1, tags: ['beta'], size: 40 },
      {
        company_id: 'hooli',
        name: 'Hooli',
        user_count: 2,
        monthly_spend: 900,
        custom_attributes: { region: 'EMEA', seats: '12' },
        tags: ['churn-risk'],
      },
    ],
  };
}
