using System.Runtime.ExceptionServices;
using System.Threading.Channels;

namespace Governance.Rules.Tool.Streaming;

/// <summary>
/// Reads blocks on one thread, processes them on every core and hands them to the writer in their input order.
/// A fixed number of blocks circulate through bounded channels (free → work → in order), so the memory held does not
/// grow with the input, and the writer never sees block n+1 before block n.
/// </summary>
internal static class OrderedPipeline
{
    /// <summary>Runs the pipeline; the writer runs on the calling thread.</summary>
    /// <typeparam name="TState">Per-worker state (writers, scratch buffers).</typeparam>
    /// <param name="source">The records.</param>
    /// <param name="workers">The number of worker threads.</param>
    /// <param name="createState">Creates one worker's state.</param>
    /// <param name="process">Processes a block on a worker (fills its output and result).</param>
    /// <param name="write">Writes a processed block, in order.</param>
    /// <param name="cancellation">Stops the run (Ctrl-C, SIGTERM).</param>
    public static void Run<TState>(IBlockSource source, int workers, Func<TState> createState, Action<Block, TState> process, Action<Block> write, CancellationToken cancellation)
    {
        workers = Math.Max(1, workers);
        var count = (workers * 2) + 2;
        var free = Channel.CreateBounded<Block>(count);
        var work = Channel.CreateBounded<Block>(count);
        var ordered = Channel.CreateBounded<Block>(count);
        for (var i = 0; i < count; i++)
        {
            free.Writer.TryWrite(new Block());
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var token = stop.Token;
        Exception? readFailure = null;
        var reader = Task.Run(
            async () =>
            {
                try
                {
                    for (var sequence = 0L; ; sequence++)
                    {
                        var block = await free.Reader.ReadAsync(token).ConfigureAwait(false);
                        block.Reset();
                        if (!source.Fill(block))
                        {
                            break;
                        }

                        block.Sequence = sequence;
                        await ordered.Writer.WriteAsync(block, token).ConfigureAwait(false);
                        await work.Writer.WriteAsync(block, token).ConfigureAwait(false);
                    }
                }
#pragma warning disable CA1031 // Handed to the writer thread and rethrown there.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    readFailure = ex;
                }
                finally
                {
                    work.Writer.TryComplete();
                    ordered.Writer.TryComplete();
                }
            },
            CancellationToken.None);
        var pool = new Task[workers];
        for (var w = 0; w < workers; w++)
        {
            pool[w] = Task.Run(
                async () =>
                {
                    var state = createState();
                    while (await work.Reader.WaitToReadAsync(token).ConfigureAwait(false))
                    {
                        while (work.Reader.TryRead(out var block))
                        {
                            try
                            {
                                process(block, state);
                            }
#pragma warning disable CA1031 // Handed to the writer thread and rethrown there.
                            catch (Exception ex)
#pragma warning restore CA1031
                            {
                                block.Failure = ex;
                            }

                            block.Done.Set();
                        }
                    }
                },
                CancellationToken.None);
        }

        try
        {
            while (ordered.Reader.WaitToReadAsync(token).AsTask().GetAwaiter().GetResult())
            {
                while (ordered.Reader.TryRead(out var block))
                {
                    block.Done.Wait(token);
                    if (block.Failure is { } failure)
                    {
                        ExceptionDispatchInfo.Throw(failure);
                    }

                    write(block);
                    free.Writer.TryWrite(block);
                }
            }

            reader.GetAwaiter().GetResult();
            if (readFailure is not null)
            {
                ExceptionDispatchInfo.Throw(readFailure);
            }
        }
        finally
        {
            stop.Cancel();
            try
            {
                Task.WaitAll([reader, .. pool]);
            }
            catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is OperationCanceledException))
            {
                // Stopped on purpose.
            }
        }
    }
}
