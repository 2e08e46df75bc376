/** localStorage keys of the offline features, in one place so the start-up checks stay tiny. */
export const PENDING_SIGNUPS_KEY = 'citywalk:pending-signups'
export const WALK_DOWNLOADS_KEY = 'citywalk:walk-downloads'
/** sessionStorage: the language pack of a language was checked during this visit. */
export const LANGUAGE_PACK_CHECKED_KEY = 'citywalk:language-pack:checked'
