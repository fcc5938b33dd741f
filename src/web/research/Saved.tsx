// "Saved" for a part of a page that has its own form beside the page's own: a polite live region
// like StatusMessage (ui/Status.tsx), but without role=status, so the page keeps one status
// region and its own message stays the one that role names.
import { Alert, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

export function Saved({ children }: { children: ReactNode }) {
  return (
    <div aria-live="polite" className="weerbaar-status">
      {children ? (
        <Alert type="ok" role="presentation">
          <Paragraph>{children}</Paragraph>
        </Alert>
      ) : null}
    </div>
  );
}
