export { defaultCampaign as default } from './global-setup.ts';
