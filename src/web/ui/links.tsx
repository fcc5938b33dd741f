// React Router links that look like NL Design System (Utrecht) links and button links.
import type { ReactNode } from 'react';
import { Link as RouterLink, type LinkProps as RouterLinkProps } from 'react-router';

type Appearance = 'primary-action-button' | 'secondary-action-button' | 'subtle-button';

const BUTTON_LINK_APPEARANCE: Record<Appearance, string> = {
  'primary-action-button': 'utrecht-button-link--primary-action',
  'secondary-action-button': 'utrecht-button-link--secondary-action',
  'subtle-button': 'utrecht-button-link--subtle',
};

export function AppLink({ className, ...props }: RouterLinkProps) {
  return (
    <RouterLink
      {...props}
      className={['utrecht-link', 'utrecht-link--html-a', className].filter(Boolean).join(' ')}
    />
  );
}

export function AppButtonLink({
  appearance = 'secondary-action-button',
  className,
  children,
  ...props
}: RouterLinkProps & { appearance?: Appearance; children: ReactNode }) {
  return (
    <RouterLink
      {...props}
      className={[
        'utrecht-button-link',
        'utrecht-button-link--html-a',
        BUTTON_LINK_APPEARANCE[appearance],
        className,
      ]
        .filter(Boolean)
        .join(' ')}
    >
      {children}
    </RouterLink>
  );
}
