import { AppError } from '../../shared/api/result';
import type { Recorder, RecordAs } from '../store/write-tx';
import type { HandlerContext } from './context';

/**
 * A handler's writes, as the one step of its call. Only methods the contract declares as writes get a
 * transaction from the dispatcher; a read that tries to write is a programming error, caught here.
 */
export function record<T>(ctx: HandlerContext, label: string, work: (rec: Recorder) => T, recordAs?: RecordAs): T {
  if (!ctx.tx) throw new AppError('INTERNAL', `“${label}” tried to write from a method the contract declares a read; nothing was saved.`);
  return ctx.tx.record(label, work, recordAs);
}
