import type { Role, SessionUser } from '@shopfloor/shared';
import { Link, NavLink, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useLogoutMutation } from '../features/auth/api';
import { LanguageSwitch } from './language-switch';
import { useNavMenu } from './use-nav-menu';

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

function UserMenu({ user, onFollow }: { user: SessionUser; onFollow: () => void }) {
  const { t } = useTranslation();
  const logout = useLogoutMutation();
  const navigate = useNavigate();
  return (
    <div className="user-menu">
      <p className="user-identity">
        <span className="user-email">{user.email}</span>
        <span className="user-role">{t(`roles.${user.role}`)}</span>
      </p>
      <Link to="/account" className="user-account" data-testid="account-link" onClick={onFollow}>
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

/**
 * The brand and the language on top; below them the pages and the account, which a phone folds
 * behind a menu button (the order on screen is the order in the page, for keyboard and reader).
 */
export function Header({ user }: { user: SessionUser | null }) {
  const { t } = useTranslation();
  const menu = useNavMenu();
  const links = user ? navigation.filter((item) => item.roles.includes(user.role)) : [];
  return (
    <header className="site-header" ref={menu.headerRef}>
      <div className="header-inner">
        <Link to="/" className="brand">
          {t('app.name')}
        </Link>
        <LanguageSwitch />
        {user && (
          <>
            <button
              type="button"
              className="menu-button"
              aria-expanded={menu.open}
              aria-controls="site-menu"
              data-testid="menu-button"
              ref={menu.buttonRef}
              onClick={menu.toggle}
            >
              <svg className="menu-icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
                <path d="M2 4.5h16M2 10h16M2 15.5h16" />
              </svg>
              <span className="menu-label">{t('nav.menu')}</span>
            </button>
            <div
              id="site-menu"
              className={menu.open ? 'site-menu is-open' : 'site-menu'}
              ref={menu.menuRef}
            >
              {links.length > 0 && (
                <nav aria-label={t('nav.label')} className="main-nav">
                  <ul>
                    {links.map((item) => (
                      <li key={item.to}>
                        <NavLink to={item.to} end onClick={menu.followed}>
                          {t(item.key)}
                        </NavLink>
                      </li>
                    ))}
                  </ul>
                </nav>
              )}
              <UserMenu user={user} onFollow={menu.followed} />
            </div>
          </>
        )}
      </div>
    </header>
  );
}
