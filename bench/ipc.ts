/**
 * Request/reply over a forked child's IPC channel. The benchmark keeps the app under test, the
 * load generator (with its Slack stand-in) and the seeded sweep each in their own process, so on
 * two cores none of them steals the others' event loop, and each one's RSS is its own.
 */
import { fork, type ChildProcess } from 'node:child_process';

interface Call {
  id: number;
  type: string;
  payload: unknown;
}

interface Reply {
  id: number;
  ok: boolean;
  result?: unknown;
  error?: string;
}

export interface ChildHandle {
  readonly pid: number;
  /** Sends one request and resolves with the child's answer (typed by the caller's protocol). */
  call<T>(type: string, payload?: unknown): Promise<T>;
  /** Asks the child to stop and waits for it to exit (killed after a grace period). */
  stop(): Promise<void>;
}

function isReply(value: unknown): value is Reply {
  return typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'number' && typeof (value as { ok?: unknown }).ok === 'boolean';
}

function isCall(value: unknown): value is Call {
  return typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'number' && typeof (value as { type?: unknown }).type === 'string';
}

export function startChild(script: URL, options: { execArgv?: string[]; name: string }): ChildHandle {
  // stdout is dropped (the app's JSON log lines would cost the parent to read); stderr shows problems.
  const child: ChildProcess = fork(script, [], { execArgv: options.execArgv ?? [], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.on('message', (message: unknown) => {
    if (!isReply(message)) return;
    const waiter = pending.get(message.id);
    if (waiter === undefined) return;
    pending.delete(message.id);
    if (message.ok) waiter.resolve(message.result);
    else waiter.reject(new Error(`${options.name}: ${message.error ?? 'failed'}`));
  });
  child.once('exit', (code, signal) => {
    for (const waiter of pending.values()) waiter.reject(new Error(`${options.name} exited (${code ?? signal ?? '?'})`));
    pending.clear();
  });
  return {
    pid: child.pid ?? -1,
    call<T>(type: string, payload: unknown = {}): Promise<T> {
      const id = nextId;
      nextId += 1;
      return new Promise<T>((resolve, reject) => {
        pending.set(id, { resolve: (value) => resolve(value as T), reject });
        child.send({ id, type, payload } satisfies Call);
      });
    },
    async stop(): Promise<void> {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.send({ id: 0, type: 'exit', payload: {} } satisfies Call);
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

export type Handlers = Record<string, (payload: unknown) => unknown>;

/** The child's side: answers each call with its handler's (awaited) result; `exit` ends the process. */
export function serve(handlers: Handlers, onExit: () => Promise<void> = async () => undefined): void {
  process.on('message', (message: unknown) => {
    if (!isCall(message)) return;
    if (message.type === 'exit') {
      void onExit().finally(() => process.exit(0));
      return;
    }
    const handler = handlers[message.type];
    const reply = (body: Omit<Reply, 'id'>) => process.send?.({ id: message.id, ...body } satisfies Reply);
    if (handler === undefined) {
      reply({ ok: false, error: `unknown call ${message.type}` });
      return;
    }
    Promise.resolve()
      .then(() => handler(message.payload))
      .then(
        (result) => reply({ ok: true, result }),
        (error: unknown) => reply({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
      );
  });
  // The parent died: nothing left to serve.
  process.on('disconnect', () => void onExit().finally(() => process.exit(0)));
}
