/** What the people admin needs from the password and session modules. */
export { endAllSessions } from "../auth/sessions";
export { issueOneTimePassword, newOneTimePassword } from "./password";
