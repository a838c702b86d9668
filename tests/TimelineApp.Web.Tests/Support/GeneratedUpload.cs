namespace TimelineApp.Web.Tests.Support;

/// <summary>
/// An upload as the server sees it: a forward-only stream of <paramref name="length"/> bytes (a pattern
/// repeated), that can break off after <paramref name="failAfter"/> bytes the way a dropped browser
/// connection does. It counts what was read, so a test can tell how far the server went.
/// </summary>
internal sealed class GeneratedUpload(ReadOnlyMemory<byte> pattern, long length, long? failAfter = null) : Stream
{
    private long _position;

    public long BytesRead => _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (failAfter is { } limit && _position >= limit)
        {
            throw new IOException("The client disconnected.");
        }

        int n = (int)Math.Min(buffer.Length, length - _position);
        for (int i = 0; i < n; i++)
        {
            buffer[i] = pattern.Span[(int)((_position + i) % pattern.Length)];
        }

        _position += n;
        return n;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => Task.FromResult(Read(buffer, offset, count));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
