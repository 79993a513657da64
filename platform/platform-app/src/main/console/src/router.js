import { createRouter, createWebHashHistory } from 'vue-router'
import { can, isOperator, loadMe, signedIn, state } from './state.js'
import Landing from './pages/public/Landing.vue'
import Login from './pages/public/Login.vue'

// Hash routes: the server serves one page at /, and the mailed links (/#/reset-password?token=…,
// /#/accept-invitation?token=…) open the console directly. Screens behind sign-in load on demand.
const ConsoleLayout = () => import('./layouts/ConsoleLayout.vue')

const routes = [
  { path: '/', name: 'landing', component: Landing, meta: { public: true } },
  { path: '/login', name: 'login', component: Login, meta: { public: true, title: 'login.title' } },
  { path: '/signup', name: 'signup', component: () => import('./pages/public/Signup.vue'), meta: { public: true, title: 'signup.title' } },
  { path: '/reset-password', name: 'reset-password', component: () => import('./pages/public/ResetPassword.vue'), meta: { public: true, title: 'reset.title' } },
  { path: '/accept-invitation', name: 'accept-invitation', component: () => import('./pages/public/AcceptInvitation.vue'), meta: { public: true, title: 'invitation.title' } },
  {
    path: '/app',
    component: ConsoleLayout,
    meta: { requiresAuth: true },
    children: [
      { path: '', name: 'home', redirect: () => (isOperator() ? { name: 'platform-tenants' } : can('marketplace.vendor') ? { name: 'vendor-portal' } : { name: 'my-day' }) },
      { path: 'my-day', name: 'my-day', component: () => import('./pages/console/MyDay.vue'), meta: { title: 'nav.myDay' } },
      { path: 'dashboard', name: 'dashboard', component: () => import('./pages/sales/Dashboard.vue'), meta: { title: 'nav.dashboard' } },
      { path: 'leads', name: 'leads', component: () => import('./pages/sales/Leads.vue'), meta: { permission: 'leads.read', title: 'nav.leads' } },
      { path: 'customers', name: 'customers', component: () => import('./pages/sales/Customers.vue'), meta: { permission: 'customers.read', title: 'nav.customers' } },
      { path: 'customers/:id', name: 'customer', component: () => import('./pages/sales/Customer360.vue'), props: true, meta: { permission: 'customers.read', title: 'nav.customers' } },
      { path: 'contacts', name: 'contacts', component: () => import('./pages/sales/Contacts.vue'), meta: { permission: 'customers.read', title: 'lists.contacts' } },
      { path: 'pool', name: 'pool', component: () => import('./pages/sales/Customers.vue'), props: { pool: true }, meta: { permission: 'customers.read', title: 'nav.pool' } },
      { path: 'reminders', name: 'reminders', component: () => import('./pages/sales/Reminders.vue'), meta: { title: 'nav.reminders' } },
      { path: 'opportunities', name: 'opportunities', component: () => import('./pages/sales/Opportunities.vue'), meta: { permission: 'opportunities.read', title: 'nav.opportunities' } },
      { path: 'admin/users', name: 'users', component: () => import('./pages/admin/Users.vue'), meta: { permission: 'users.read', title: 'nav.users' } },
      { path: 'admin/departments', name: 'departments', component: () => import('./pages/admin/Departments.vue'), meta: { permission: 'departments.read', title: 'nav.departments' } },
      { path: 'admin/roles', name: 'roles', component: () => import('./pages/admin/Roles.vue'), meta: { permission: 'roles.read', title: 'nav.roles' } },
      { path: 'admin/tenant', name: 'tenant', component: () => import('./pages/admin/TenantPlan.vue'), meta: { permission: 'tenant.read', title: 'nav.tenant' } },
      { path: 'admin/audit', name: 'audit', component: () => import('./pages/admin/AuditLog.vue'), meta: { permission: 'audit.read', title: 'nav.audit' } },
      { path: 'admin/plugins', name: 'plugins', component: () => import('./pages/admin/Plugins.vue'), meta: { permission: 'plugins.read', title: 'nav.plugins' } },
      { path: 'plugins/:pluginId/:screen', name: 'plugin-screen', component: () => import('./pages/console/PluginScreen.vue'), props: true, meta: { title: 'pluginScreen.menu' } },
      { path: 'admin/pipeline-stages', name: 'pipeline-stages', component: () => import('./pages/admin/PipelineStages.vue'), meta: { permission: 'opportunities.read', title: 'adminSales.nav.stages' } },
      { path: 'admin/grading-rules', name: 'grading-rules', component: () => import('./pages/admin/GradingRules.vue'), meta: { permission: 'customers.read', title: 'adminSales.nav.grading' } },
      { path: 'admin/pool-rules', name: 'pool-rules', component: () => import('./pages/admin/PoolRules.vue'), meta: { permission: 'customers.read', title: 'adminSales.nav.pool' } },
      { path: 'admin/custom-fields', name: 'custom-fields', component: () => import('./pages/admin/CustomFields.vue'), meta: { permission: 'customfields.manage', title: 'customFields.nav' } },
      { path: 'admin/assignment-rules', name: 'assignment-rules', component: () => import('./pages/admin/AssignmentRules.vue'), meta: { permission: 'leads.read', title: 'adminSales.nav.assignment' } },
      { path: 'platform/tenants', name: 'platform-tenants', component: () => import('./pages/platform/Tenants.vue'), meta: { permission: 'platform.tenants.read', title: 'nav.tenants' } },
      { path: 'platform/marketplace', name: 'marketplace-review', component: () => import('./pages/marketplace/Review.vue'), meta: { permission: 'marketplace.review', title: 'marketplace.navReview' } },
      { path: 'marketplace/vendor', name: 'vendor-portal', component: () => import('./pages/marketplace/VendorPortal.vue'), meta: { permission: 'marketplace.vendor', title: 'marketplace.navVendor' } },
      { path: 'profile', name: 'profile', component: () => import('./pages/console/Profile.vue'), meta: { title: 'nav.profile' } },
      { path: 'forbidden', name: 'forbidden', component: () => import('./pages/console/Forbidden.vue'), meta: { title: 'forbidden.title' } }
    ]
  },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('./pages/public/NotFound.vue'), meta: { public: true, title: 'notFound.title' } }
]

/**
 * The router, made once the address is final: the hash history reads the location when it is
 * created (main.js first moves a path typed without the hash, or the identity provider's answer).
 */
export function createAppRouter() {
  const router = createRouter({
    history: createWebHashHistory(),
    routes,
    scrollBehavior: () => ({ top: 0 })
  })
  router.beforeEach(guard)
  return router
}

async function guard(to) {
  if (!to.matched.some((route) => route.meta.requiresAuth)) return true
  if (!signedIn()) return { name: 'login', query: { redirect: to.fullPath } }
  if (!state.me) {
    try {
      await loadMe()
    } catch (problem) {
      // A lost session is handled by onSessionLost; other failures show in the layout.
      if (!signedIn()) return { name: 'login', query: { redirect: to.fullPath } }
      state.meProblem = problem
      return true
    }
  }
  if (to.meta.permission && !can(to.meta.permission)) return { name: 'forbidden' }
  return true
}
