/**
 * The raw material of the organisation: product areas with their services, what customers notice
 * when those services fail, and the names people go by. None of the names is an ordinary English
 * word or appears in the write-up vocabulary, so the blameless checks never mistake text for a
 * person.
 */

export interface Area {
  /** Team id stem, like "payments". */
  id: string;
  /** Team name stem, like "Payments". */
  name: string;
  /** [service id, service name], most critical first. */
  services: readonly (readonly [string, string])[];
  /** What customers or staff notice when these services fail: "could not pay for their orders". */
  effects: readonly string[];
  tags: readonly string[];
}

export const AREAS: readonly Area[] = [
  { id: 'payments', name: 'Payments', services: [['checkout', 'Checkout'], ['payments-gateway', 'Payments gateway'], ['refunds', 'Refunds'], ['billing-run', 'Monthly billing run'], ['invoicing', 'Invoicing'], ['fraud-scoring', 'Fraud scoring'], ['payments-ledger', 'Payments ledger']],
    effects: ['could not pay for their orders', 'were charged late or twice'], tags: ['payments', 'checkout'] },
  { id: 'subscriptions', name: 'Subscriptions', services: [['subscription-api', 'Subscription API'], ['renewals', 'Renewal scheduler'], ['plan-changes', 'Plan changes'], ['pause-and-skip', 'Pause and skip'], ['gift-cards', 'Gift cards'], ['referral-credits', 'Referral credits'], ['subscription-admin', 'Subscription admin']],
    effects: ['could not pause or change their subscriptions', 'saw the wrong plan on their account'], tags: ['subscriptions'] },
  { id: 'fulfilment', name: 'Fulfilment', services: [['stock-allocation', 'Stock allocation'], ['reconciliation', 'Nightly reconciliation'], ['picking-lists', 'Picking lists'], ['warehouse-labels', 'Warehouse label printing'], ['cold-chain-monitoring', 'Cold-storage monitoring'], ['packing-stations', 'Packing stations'], ['returns-intake', 'Returns intake']],
    effects: ['received boxes with the wrong contents', 'had their boxes packed late'], tags: ['fulfilment', 'warehouse'] },
  { id: 'customer-apps', name: 'Customer apps', services: [['website', 'Website'], ['customer-app', 'Customer mobile app'], ['account-pages', 'Account pages'], ['box-builder', 'Box builder'], ['app-config', 'App configuration service'], ['deep-links', 'Deep links'], ['web-assets', 'Web assets']],
    effects: ['saw error pages in the app and on the website', 'could not edit their next box'], tags: ['mobile', 'web'] },
  { id: 'platform', name: 'Platform', services: [['primary-db', 'Primary database'], ['edge-cdn', 'Edge and CDN'], ['message-bus', 'Message bus'], ['container-cluster', 'Container cluster'], ['job-scheduler', 'Job scheduler'], ['config-store', 'Configuration store'], ['object-storage', 'Object storage']],
    effects: ['saw slow pages and timeouts across the product', 'could not place or change orders'], tags: ['platform', 'infrastructure'] },
  { id: 'delivery', name: 'Delivery', services: [['delivery-slots', 'Delivery slots'], ['tracking', 'Delivery tracking'], ['route-planner', 'Route planner'], ['driver-app', 'Driver app'], ['carrier-integration', 'Carrier integration'], ['address-lookup', 'Address lookup'], ['dispatch-board', 'Dispatch board']],
    effects: ['could not book a delivery slot', 'saw the wrong delivery status'], tags: ['delivery', 'logistics'] },
  { id: 'notifications', name: 'Notifications', services: [['notifications', 'Notifications (push and email)'], ['email-sender', 'Email sender'], ['sms-gateway', 'SMS gateway'], ['push-service', 'Push service'], ['message-templates', 'Message templates'], ['notification-preferences', 'Notification preferences'], ['webhook-relay', 'Webhook relay']],
    effects: ['did not receive their order emails', 'got the same message more than once'], tags: ['notifications', 'email'] },
  { id: 'data', name: 'Data', services: [['event-pipeline', 'Event pipeline'], ['data-warehouse', 'Data warehouse'], ['reporting', 'Reporting dashboards'], ['feature-store', 'Feature store'], ['partner-exports', 'Partner export jobs'], ['analytics-ingest', 'Analytics ingest'], ['data-catalogue', 'Data catalogue']],
    effects: ['saw stale numbers in their reports', 'received partner files a day late'], tags: ['data', 'batch-jobs'] },
  { id: 'identity', name: 'Identity', services: [['login', 'Login'], ['accounts', 'Accounts service'], ['sessions', 'Session service'], ['account-recovery', 'Account recovery'], ['two-step-verification', 'Two-step verification'], ['staff-sign-on', 'Staff single sign-on'], ['consent-records', 'Consent records']],
    effects: ['could not sign in', 'were signed out in the middle of an order'], tags: ['identity', 'login'] },
  { id: 'search', name: 'Search', services: [['search-api', 'Search API'], ['search-indexer', 'Search indexer'], ['recommendations', 'Recommendations'], ['autocomplete', 'Autocomplete'], ['ranking', 'Ranking service'], ['synonym-lists', 'Synonym lists'], ['recipe-search', 'Recipe search']],
    effects: ['got empty or outdated search results', 'saw recommendations for products that were sold out'], tags: ['search'] },
  { id: 'catalogue', name: 'Catalogue', services: [['product-catalogue', 'Product catalogue'], ['allergen-data', 'Allergen data'], ['recipes', 'Recipes'], ['image-service', 'Image service'], ['menu-planner', 'Weekly menu planner'], ['nutrition-facts', 'Nutrition facts'], ['supplier-feeds', 'Supplier feeds']],
    effects: ['saw wrong product details', 'could not see the new weekly menu'], tags: ['catalogue', 'allergens'] },
  { id: 'pricing', name: 'Pricing', services: [['pricing-engine', 'Pricing engine'], ['promotions', 'Promotions'], ['vouchers', 'Vouchers'], ['tax-calculation', 'Tax calculation'], ['price-rules', 'Price rules'], ['loyalty-points', 'Loyalty points'], ['currency-rates', 'Currency rates']],
    effects: ['were shown the wrong prices', 'could not redeem their vouchers'], tags: ['pricing', 'promotions'] },
  { id: 'support-tools', name: 'Support tools', services: [['support-console', 'Support console'], ['ticket-routing', 'Ticket routing'], ['chat-widget', 'Chat widget'], ['callback-scheduler', 'Callback scheduler'], ['compensation-tool', 'Compensation tool'], ['support-macros', 'Support macros'], ['help-centre', 'Help centre']],
    effects: ['waited far longer for support', 'could not reach support through chat'], tags: ['support'] },
  { id: 'finance-systems', name: 'Finance systems', services: [['finance-export', 'Finance export'], ['supplier-payouts', 'Supplier payouts'], ['revenue-reports', 'Revenue reports'], ['accounting-sync', 'Accounting sync'], ['tax-filing-export', 'Tax filing export'], ['cost-tracking', 'Cost tracking'], ['expense-import', 'Expense import']],
    effects: ['were paid late', 'worked from revenue figures that were a day old'], tags: ['finance'] },
  { id: 'observability', name: 'Observability', services: [['alert-router', 'Alert router'], ['metrics-platform', 'Metrics platform'], ['log-pipeline', 'Log pipeline'], ['tracing', 'Tracing'], ['status-page', 'Status page'], ['uptime-checks', 'Uptime checks'], ['on-call-scheduler', 'On-call scheduler']],
    effects: ['worked without alerts or dashboards', 'could not see logs from production'], tags: ['observability', 'alerting'] },
  { id: 'networking', name: 'Networking', services: [['api-gateway', 'API gateway'], ['load-balancers', 'Load balancers'], ['dns', 'DNS'], ['egress-proxy', 'Egress proxy'], ['office-vpn', 'Office VPN'], ['firewall-rules', 'Firewall rules'], ['partner-links', 'Partner network links']],
    effects: ['could not reach the website or the app', 'saw intermittent connection errors'], tags: ['networking', 'dns'] },
  { id: 'storage', name: 'Storage', services: [['shared-cache', 'Shared cache'], ['read-replicas', 'Read replicas'], ['backups', 'Backups'], ['file-store', 'File store'], ['search-cluster', 'Search cluster'], ['cold-archive', 'Cold archive'], ['queue-store', 'Queue store']],
    effects: ['saw slow pages while the cache was cold', 'saw orders that were out of date'], tags: ['storage', 'databases'] },
  { id: 'warehouse-systems', name: 'Warehouse systems', services: [['warehouse-management', 'Warehouse management'], ['inventory', 'Inventory'], ['goods-in', 'Goods in'], ['demand-forecasting', 'Demand forecasting'], ['handheld-scanners', 'Handheld scanners'], ['conveyor-control', 'Conveyor control'], ['shift-planner', 'Shift planner']],
    effects: ['could not scan or move stock', 'received substitutes for items that were in stock'], tags: ['warehouse', 'inventory'] },
  { id: 'partner-integrations', name: 'Partner integrations', services: [['partner-api', 'Partner API'], ['edi-gateway', 'EDI gateway'], ['supplier-portal', 'Supplier portal'], ['marketplace-feed', 'Marketplace feed'], ['affiliate-tracking', 'Affiliate tracking'], ['business-orders', 'Business orders'], ['retail-feed', 'Retail partner feed']],
    effects: ['did not receive our orders', 'saw stale stock levels from us'], tags: ['partners', 'integrations'] },
  { id: 'security', name: 'Security engineering', services: [['certificate-manager', 'Certificate manager'], ['key-management', 'Key management'], ['web-firewall', 'Web application firewall'], ['bot-protection', 'Bot protection'], ['audit-log', 'Audit log'], ['access-reviews', 'Access reviews'], ['vulnerability-scanner', 'Vulnerability scanner']],
    effects: ['were blocked by the web firewall', 'saw security checks on every page'], tags: ['security', 'certificates'] },
  { id: 'growth', name: 'Growth', services: [['landing-pages', 'Landing pages'], ['experiment-platform', 'Experiment platform'], ['onboarding', 'Onboarding flow'], ['referral-programme', 'Referral programme'], ['campaign-sender', 'Campaign sender'], ['seo-pages', 'SEO pages'], ['newsletter', 'Newsletter']],
    effects: ['could not finish signing up', 'received a campaign that was meant for someone else'], tags: ['growth', 'experiments'] },
  { id: 'mobile-platform', name: 'Mobile platform', services: [['app-release-pipeline', 'App release pipeline'], ['feature-flags', 'Feature flags'], ['remote-config', 'Remote config'], ['crash-reporting', 'Crash reporting'], ['in-app-messages', 'In-app messages'], ['app-analytics', 'App analytics'], ['store-listings', 'Store listings']],
    effects: ['saw the app close on start', 'saw features that were not ready'], tags: ['mobile', 'feature-flags'] },
  { id: 'developer-experience', name: 'Developer experience', services: [['deploy-pipeline', 'Deploy pipeline'], ['ci-runners', 'CI runners'], ['artifact-registry', 'Artifact registry'], ['build-cache', 'Build cache'], ['preview-environments', 'Preview environments'], ['dependency-mirror', 'Dependency mirror'], ['code-search', 'Code search']],
    effects: ['could not deploy or roll back', 'waited hours for builds'], tags: ['ci', 'deploys'] },
  { id: 'logistics', name: 'Logistics', services: [['linehaul-planning', 'Linehaul planning'], ['hub-sorting', 'Hub sorting'], ['depot-scanners', 'Depot scanners'], ['cold-van-telemetry', 'Cold van telemetry'], ['fleet-tracking', 'Fleet tracking'], ['returns-logistics', 'Returns logistics'], ['depot-capacity', 'Depot capacity planner']],
    effects: ['received their boxes a day late', 'had deliveries sent to the wrong depot'], tags: ['logistics', 'delivery'] },
  { id: 'customer-care', name: 'Customer care', services: [['contact-centre', 'Contact centre telephony'], ['phone-menu', 'Phone menu'], ['complaints-tracker', 'Complaints tracker'], ['refund-approvals', 'Refund approvals'], ['feedback-surveys', 'Feedback surveys'], ['review-replies', 'Review replies'], ['care-chatbot', 'Care chatbot']],
    effects: ['could not reach us by phone', 'waited days for a refund decision'], tags: ['support', 'telephony'] },
  { id: 'loyalty', name: 'Loyalty', services: [['rewards', 'Rewards'], ['points-ledger', 'Points ledger'], ['membership-tiers', 'Membership tiers'], ['partner-offers', 'Partner offers'], ['birthday-offers', 'Birthday offers'], ['order-streaks', 'Order streaks'], ['member-pages', 'Member pages']],
    effects: ['lost loyalty points from their balance', 'saw offers they could not redeem'], tags: ['loyalty'] },
  { id: 'kitchen', name: 'Kitchen operations', services: [['meal-kit-assembly', 'Meal-kit assembly'], ['recipe-cards', 'Recipe cards'], ['portioning-scales', 'Portioning scales'], ['kitchen-display', 'Kitchen display'], ['quality-checks', 'Quality checks'], ['ingredient-prep', 'Ingredient prep'], ['tasting-panel', 'Tasting panel']],
    effects: ['received meal kits with missing ingredients', 'received recipe cards that did not match their box'], tags: ['kitchen', 'meal-kits'] },
  { id: 'business-sales', name: 'Business sales', services: [['office-orders', 'Office orders'], ['corporate-billing', 'Corporate billing'], ['business-portal', 'Business portal'], ['bulk-upload', 'Bulk order upload'], ['purchase-orders', 'Purchase orders'], ['contracts', 'Contracts'], ['account-management', 'Account management']],
    effects: ['could not place office orders', 'were invoiced for the wrong quantities'], tags: ['b2b', 'billing'] },
  { id: 'sustainability', name: 'Sustainability', services: [['packaging-returns', 'Packaging returns'], ['food-waste-tracking', 'Food-waste tracking'], ['carbon-reports', 'Carbon reports'], ['donation-matching', 'Donation matching'], ['supplier-audits', 'Supplier audits'], ['energy-meters', 'Energy meters'], ['recycling-labels', 'Recycling labels']],
    effects: ['could not book a packaging collection', 'saw wrong recycling instructions'], tags: ['sustainability'] },
  { id: 'internal-tools', name: 'Internal tools', services: [['admin-console', 'Admin console'], ['staff-directory', 'Staff directory'], ['hr-sync', 'HR sync'], ['intranet', 'Intranet'], ['room-booking', 'Room booking'], ['laptop-fleet', 'Laptop fleet management'], ['printing', 'Office printing']],
    effects: ['could not use the admin console', 'lost access to internal tools'], tags: ['internal-tools'] },
];

/** When more teams are needed than there are areas, an area gets a second team per region. */
export const REGIONS: readonly (readonly [string, string])[] = [['emea', 'EMEA'], ['americas', 'Americas'], ['apac', 'APAC']];

export const FIRST_NAMES: readonly string[] = [
  'Priya', 'Jonas', 'Kwame', 'Aoife', 'Sofia', 'Mei', 'Tomás', 'Noor', 'Ravi', 'Yuki', 'Marcus', 'Ingrid', 'Farah',
  'Mateo', 'Leila', 'Chidi', 'Anja', 'Björn', 'Elif', 'Hiroshi', 'Inês', 'Kofi', 'Lucia', 'Nadia', 'Oskar', 'Rania',
  'Santiago', 'Tariq', 'Ulla', 'Vikram', 'Wanjiru', 'Xiomara', 'Yusuf', 'Zofia', 'Amara', 'Emeka', 'Freya', 'Giulia',
  'Hamid', 'Ilse', 'Jovana', 'Kaito', 'Linnea', 'Mirela', 'Nikhil', 'Olufemi', 'Paulina', 'Quentin', 'Rashid',
  'Sunita', 'Thiago', 'Valentina', 'Wiebke', 'Yara', 'Zainab', 'Anouk', 'Bastian', 'Dmitri', 'Esra', 'Fionnuala',
];

export const LAST_NAMES: readonly string[] = [
  'Okafor', 'Becker', 'Ribeiro', 'Mensah', 'Brennan', 'Raman', 'Schultz', 'Lindqvist', 'Haddad', 'Iyer', 'Nakamura',
  'Kowalski', 'Nguyen', 'Moreau', 'Petrov', 'Álvarez', 'Jansen', 'Kaur', 'Osei', 'Varga', 'Rossi', 'Dubois', 'Novak',
  'Yilmaz', 'Tanaka', 'Fischer', 'Horvat', 'Mwangi', 'Ferreira', 'Andersen', 'Eriksen', 'Papadopoulos', 'Sato',
  'Hoffmann', 'Mendes', 'Oyelaran', 'Popescu', 'Quispe', 'Reyes', 'Sandoval', 'Takahashi', 'Vasquez', 'Zhou',
  'Adeyemi', 'Bergström', 'Castellano', 'Dimitrov', 'Esposito', 'Gallagher', 'Haugen',
];

export const ORGANISATIONS: readonly (readonly [string, string])[] = [
  ['Harvestline', 'harvestline'],
  ['Pantryworks', 'pantryworks'],
  ['Fieldcrate', 'fieldcrate'],
  ['Brightbasket', 'brightbasket'],
];

/** Third parties the organisation depends on, as write-ups name them. */
export const PROVIDERS: readonly string[] = [
  'the card processor', 'the SMS provider', 'the email delivery provider', 'the carrier partner', 'the address-lookup provider',
  'the cloud DNS provider', 'the CDN provider', 'the tax-rate provider', 'the identity provider', 'the maps provider',
  'the push notification service', 'the fraud-screening vendor', 'the managed database vendor', 'the app store',
];
