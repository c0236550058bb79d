using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace LfrGovernance.Web.Infrastructure.Exports;

/// <summary>Reads a sequence on another thread, a bounded number of items ahead of whoever consumes it: an export's
/// rows are read from the database and turned into cells while the file's writer writes the rows before them, so
/// both of a small server's processors work on a large export. Memory stays bounded by <c>capacity</c> items.</summary>
public static class ReadAhead
{
    public static async IAsyncEnumerable<T> Of<T>(IAsyncEnumerable<T> source, int capacity,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        var channel = Channel.CreateBounded<T>(new BoundedChannelOptions(capacity)
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reader = Task.Run(() => PumpAsync(source, channel.Writer, stop.Token), CancellationToken.None);
        try
        {
            await foreach (var item in channel.Reader.ReadAllAsync(cancellationToken))
            {
                yield return item;
            }
            // A failure of the source ends the channel with it; awaiting the reader rethrows it here.
            await reader;
        }
        finally
        {
            // The consumer stopped (finished, failed or cancelled): the source is not read any further, and nothing
            // touches it (a database context) once this returns.
            await stop.CancelAsync();
            await reader.ContinueWith(t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    private static async Task PumpAsync<T>(IAsyncEnumerable<T> source, ChannelWriter<T> writer, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var item in source.WithCancellation(cancellationToken))
            {
                await writer.WriteAsync(item, cancellationToken);
            }
            writer.Complete();
        }
        catch (Exception failure)
        {
            writer.TryComplete(failure);
            throw;
        }
    }
}
