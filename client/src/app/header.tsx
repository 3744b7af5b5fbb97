import type { Role, SessionUser } from '@shopfloor/shared';
import { Link, NavLink, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useLogoutMutation } from '../features/auth/api';
import { LanguageSwitch } from './language-switch';

type NavKey =
  | 'nav.dashboard'
  | 'maps.nav.map'
  | 'maps.nav.chapterMap'
  | 'workspace.nav.chapter'
  | 'workspace.nav.me'
  | 'votes.nav.votes'
  | 'votes.nav.admin'
  | 'pods.nav.pods'
  | 'pods.nav.myPods'
  | 'pods.nav.pipeline'
  | 'growth.nav.recruitment'
  | 'growth.nav.goals'
  | 'growth.nav.south'
  | 'growth.nav.reserve'
  | 'growth.nav.unionStaffers';

/** The pages each role can open; a link appears only once its page exists. */
const navigation: readonly { to: string; key: NavKey; roles: readonly Role[] }[] = [
  { to: '/', key: 'nav.dashboard', roles: ['national', 'chapter', 'organizer', 'member', 'admin'] },
  { to: '/map', key: 'maps.nav.map', roles: ['national', 'admin'] },
  { to: '/chapter/map', key: 'maps.nav.chapterMap', roles: ['chapter'] },
  { to: '/chapter/workplaces', key: 'workspace.nav.chapter', roles: ['chapter', 'admin'] },
  { to: '/me', key: 'workspace.nav.me', roles: ['member'] },
  { to: '/pods', key: 'pods.nav.pods', roles: ['chapter', 'organizer', 'national', 'admin'] },
  { to: '/pods', key: 'pods.nav.myPods', roles: ['member'] },
  { to: '/pipeline', key: 'pods.nav.pipeline', roles: ['national', 'admin'] },
  {
    to: '/votes',
    key: 'votes.nav.votes',
    roles: ['national', 'chapter', 'organizer', 'member', 'admin'],
  },
  { to: '/votes/admin', key: 'votes.nav.admin', roles: ['national', 'admin'] },
  {
    to: '/recruitment',
    key: 'growth.nav.recruitment',
    roles: ['national', 'chapter', 'organizer', 'admin'],
  },
  { to: '/goals', key: 'growth.nav.goals', roles: ['national', 'chapter', 'organizer', 'admin'] },
  { to: '/south', key: 'growth.nav.south', roles: ['national', 'admin'] },
  { to: '/reserve', key: 'growth.nav.reserve', roles: ['national', 'admin'] },
  { to: '/union-staffers', key: 'growth.nav.unionStaffers', roles: ['national', 'admin'] },
];

function UserMenu({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const logout = useLogoutMutation();
  const navigate = useNavigate();
  return (
    <div className="user-menu">
      <p className="user-identity">
        <span className="user-email">{user.email}</span>
        <span className="user-role">{t(`roles.${user.role}`)}</span>
      </p>
      <Link to="/account" className="user-account" data-testid="account-link">
        {t('account.nav')}
      </Link>
      <button
        type="button"
        className="button button-secondary"
        data-testid="logout"
        disabled={logout.isPending}
        onClick={() =>
          logout.mutate(undefined, { onSuccess: () => void navigate('/login', { replace: true }) })
        }
      >
        {t('auth.logout')}
      </button>
      {logout.isError && (
        <span className="field-error" role="alert">
          {t('auth.logoutFailed')}
        </span>
      )}
    </div>
  );
}

export function Header({ user }: { user: SessionUser | null }) {
  const { t } = useTranslation();
  const links = user ? navigation.filter((item) => item.roles.includes(user.role)) : [];
  return (
    <header className="site-header">
      <div className="header-inner">
        <Link to="/" className="brand">
          {t('app.name')}
        </Link>
        {links.length > 0 && (
          <nav aria-label={t('nav.label')} className="main-nav">
            <ul>
              {links.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end>
                    {t(item.key)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <div className="header-tools">
          <LanguageSwitch />
          {user && <UserMenu user={user} />}
        </div>
      </div>
    </header>
  );
}
