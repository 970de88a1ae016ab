/** The slice of s3rver 3's API the proof storage tests use (the package ships no types). */
declare module "s3rver" {
  import type { AddressInfo } from "node:net";

  export type Options = {
    address?: string;
    /** 0 for any free port. */
    port?: number;
    silent?: boolean;
    /** Folder the buckets are kept in. */
    directory?: string;
    resetOnClose?: boolean;
  };

  export default class S3rver {
    constructor(options?: Options);
    run(): Promise<AddressInfo>;
    close(): Promise<void>;
  }
}
