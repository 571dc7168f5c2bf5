// Every limit on what people type or upload, in one place: schemas enforce
// them, forms show them, echoes cut to them. Text limits count characters as a
// person counts them unless they say otherwise.

// Accounts, in code points as zod's min() and max() count them.
export const MIN_USERNAME_LENGTH = 3;
export const MAX_USERNAME_LENGTH = 30;
export const MAX_EMAIL_LENGTH = 254;
/** A username or an email: the longer of the two. */
export const MAX_IDENTIFIER_LENGTH = MAX_EMAIL_LENGTH;
export const MAX_DISPLAY_NAME_LENGTH = 50;
export const MAX_BIO_LENGTH = 160;
export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 128;

// Posts and comments.
export const MAX_POST_LENGTH = 500;
export const MAX_IMAGES_PER_POST = 4;
export const MAX_ALT_LENGTH = 1000;

export const MAX_SEARCH_QUERY_LENGTH = 200;

/** The largest image file accepted, in bytes. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
/** The same, as people read it ("5 MB"). */
export const MAX_UPLOAD_SIZE = `${MAX_UPLOAD_BYTES / (1024 * 1024)} MB`;
