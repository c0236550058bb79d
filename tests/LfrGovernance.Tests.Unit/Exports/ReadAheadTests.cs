using LfrGovernance.Web.Infrastructure.Exports;

namespace LfrGovernance.Tests.Unit.Exports;

/// <summary>An export's rows read ahead of the writer: in order, failures passed on, and no reading after the writer stops.</summary>
public sealed class ReadAheadTests
{
    [Fact]
    public async Task Every_item_arrives_in_order_however_far_the_reader_runs_ahead()
    {
        var read = new List<int>();
        await foreach (var item in ReadAhead.Of(Numbers(10_000), 16))
        {
            read.Add(item);
        }

        Assert.Equal(Enumerable.Range(0, 10_000), read);
    }

    [Fact]
    public async Task A_failure_while_reading_reaches_the_writer()
    {
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (var _ in ReadAhead.Of(Failing(), 4))
            {
            }
        });

        Assert.Equal("The database went away", failure.Message);
    }

    [Fact]
    public async Task A_writer_that_stops_early_stops_the_reading()
    {
        var source = new CountingSource();
        await foreach (var item in ReadAhead.Of(source.ReadAsync(), 8))
        {
            if (item == 3)
            {
                break;
            }
        }

        var readWhenStopped = source.Read;
        await Task.Delay(50);
        Assert.True(source.Finished);
        Assert.Equal(readWhenStopped, source.Read);
        Assert.True(source.Read < 100);
    }

    private static async IAsyncEnumerable<int> Numbers(int count)
    {
        for (var i = 0; i < count; i++)
        {
            if (i % 1000 == 0)
            {
                await Task.Yield();
            }
            yield return i;
        }
    }

    private static async IAsyncEnumerable<int> Failing()
    {
        yield return 1;
        await Task.Yield();
        throw new InvalidOperationException("The database went away");
    }

    private sealed class CountingSource
    {
        public int Read { get; private set; }

        public bool Finished { get; private set; }

        public async IAsyncEnumerable<int> ReadAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            try
            {
                for (var i = 0; i < 1_000_000; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    Read++;
                    await Task.Yield();
                    yield return i;
                }
            }
            finally
            {
                Finished = true;
            }
        }
    }
}
