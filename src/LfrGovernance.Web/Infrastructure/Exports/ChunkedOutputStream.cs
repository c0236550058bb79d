namespace LfrGovernance.Web.Infrastructure.Exports;

/// <summary>A write-only stream that keeps what is written to it until <see cref="DrainAsync"/> sends it on. The
/// spreadsheet and zip writers write synchronously, and the response refuses synchronous writes (they would block a
/// thread on the network): so they write here, and the export drains this to the response, asynchronously, every few
/// rows. What is held is only what was written since the last drain.</summary>
public sealed class ChunkedOutputStream(Stream destination) : Stream
{
    /// <summary>How much is held before an export drains it.</summary>
    public const int DrainAt = 64 * 1024;

    private readonly MemoryStream _pending = new();
    private long _written;

    /// <summary>How many bytes are waiting to be sent.</summary>
    public long Pending => _pending.Length;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    /// <summary>How many bytes have been written so far (the zip writer asks).</summary>
    public override long Position
    {
        get => _written;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count)
    {
        _pending.Write(buffer, offset, count);
        _written += count;
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _pending.Write(buffer);
        _written += buffer.Length;
    }

    public override void WriteByte(byte value)
    {
        _pending.WriteByte(value);
        _written++;
    }

    /// <summary>Nothing: <see cref="DrainAsync"/> sends what is held.</summary>
    public override void Flush()
    {
    }

    /// <summary>Sends what is held to the destination, then forgets it.</summary>
    public async Task DrainAsync(CancellationToken cancellationToken)
    {
        if (_pending.Length == 0)
        {
            return;
        }
        await destination.WriteAsync(_pending.GetBuffer().AsMemory(0, (int)_pending.Length), cancellationToken);
        _pending.SetLength(0);
    }

    /// <summary>Drains when enough is held to be worth a write.</summary>
    public Task DrainIfFullAsync(CancellationToken cancellationToken) =>
        _pending.Length >= DrainAt ? DrainAsync(cancellationToken) : Task.CompletedTask;

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _pending.Dispose();
        }
        base.Dispose(disposing);
    }
}
