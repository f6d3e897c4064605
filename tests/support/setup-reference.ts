export { referenceCampaign as default } from './global-setup.ts';
