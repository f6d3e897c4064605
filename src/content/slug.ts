/** A slug: lower-case letters, digits and single hyphens (file names, URL segments, municipality ids). */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
