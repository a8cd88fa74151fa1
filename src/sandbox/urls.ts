// Public help-center URLs as Intercom builds them (`<help center>/en/articles/<id>-<slug>`), so
// responses carry realistic, stable `url` fields.
import { defaultHelpCenter, type SandboxState } from './state.js';

export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function helpCenterUrl(
  state: SandboxState,
  kind: 'articles' | 'collections',
  id: string,
  title: string,
): string {
  return `${defaultHelpCenter(state).url}/en/${kind}/${id}-${slug(title)}`;
}
