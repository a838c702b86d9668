using Microsoft.Extensions.Logging;

namespace TimelineApp.Data.Tests.Support;

/// <summary>
/// A logger that keeps what it is told, so a test can wait for something a background service reports
/// (the worker deciding to retry) instead of sleeping and hoping it happened.
/// </summary>
internal sealed class RecordingLogger<T> : ILogger<T>
{
    private readonly Lock _gate = new();
    private readonly List<string> _messages = [];
    private readonly List<(Func<string, bool> Match, int Times, TaskCompletionSource Seen)> _waiters = [];

    public IReadOnlyList<string> Messages
    {
        get
        {
            lock (_gate)
            {
                return [.. _messages];
            }
        }
    }

    /// <summary>
    /// Completes once <paramref name="times"/> messages matching <paramref name="match"/> have been logged. The two
    /// minutes are only a safety net so that a broken worker fails the test, with what it logged, instead of hanging it.
    /// </summary>
    public async Task WaitForAsync(Func<string, bool> match, int times, CancellationToken cancellationToken)
    {
        Task seen;
        lock (_gate)
        {
            if (_messages.Count(match) >= times)
            {
                return;
            }

            var source = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((match, times, source));
            seen = source.Task;
        }

        try
        {
            await seen.WaitAsync(TimeSpan.FromMinutes(2), cancellationToken);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"Not logged {times} times in two minutes. Logged:\n{string.Join('\n', Messages)}");
        }
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        string message = formatter(state, exception);
        lock (_gate)
        {
            _messages.Add(message);
            foreach (var waiter in _waiters.Where(w => _messages.Count(w.Match) >= w.Times).ToList())
            {
                waiter.Seen.TrySetResult();
                _waiters.Remove(waiter);
            }
        }
    }
}
