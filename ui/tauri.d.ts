// The part of Tauri 2's global API (`app.withGlobalTauri: true`) that the page uses.

export {};

declare global {
  /** An event as `listen` hands it over. */
  interface TauriEvent<T> {
    /** The event's name, e.g. "agent-event". */
    event: string;
    /** Identifier of the listener. */
    id: number;
    payload: T;
  }

  type TauriUnlistenFn = () => void;

  interface TauriGlobal {
    core: {
      /** Calls a Rust command; rejects with whatever the command returned as its error. */
      invoke<T = unknown>(cmd: string, args?: Record<string, unknown>): Promise<T>;
    };
    event: {
      listen<T = unknown>(event: string, handler: (event: TauriEvent<T>) => void): Promise<TauriUnlistenFn>;
    };
    /** tauri-plugin-dialog: the native save dialog only. */
    dialog?: {
      save(options: {
        title?: string;
        defaultPath?: string;
        filters?: Array<{ name: string; extensions: string[] }>;
      }): Promise<string | null>;
    };
  }

  interface Window {
    /** Present inside the app; missing when the page is opened in a plain browser. */
    __TAURI__?: TauriGlobal;
  }
}
