namespace Her2Graph.Cli.Progress;

/// <summary>
/// The progress of a long command (seed, push, copy, export, release), the one display every command uses: bars with
/// counts on a terminal (<see cref="SpectreProgress"/>), plain lines when the output is redirected or read by a test
/// (<see cref="PlainProgress"/>). Commands write their report lines to <see cref="Log"/>, so that on a terminal they
/// appear above the bars instead of through them.
/// </summary>
internal abstract class CommandProgress
{
    /// <summary>Where the command's report lines go while the display runs.</summary>
    public abstract TextWriter Log { get; }

    /// <summary><paramref name="done"/> of <paramref name="total"/> items of <paramref name="stage"/>; a new stage ends the previous one.</summary>
    /// <param name="total">null when the stage cannot say in advance.</param>
    public abstract void Report(string stage, long done, long? total);

    /// <summary>
    /// A library's own progress type relayed to <see cref="Report"/> as it is reported: <see cref="Progress{T}"/> would
    /// post to the thread pool, and its lines could then arrive after the command has printed its result.
    /// </summary>
    public IProgress<T> For<T>(Func<T, (string Stage, long Done, long? Total)> read) =>
        new Relay<T>(value =>
        {
            var (stage, done, total) = read(value);
            Report(stage, done, total);
        });

    /// <summary>Runs <paramref name="work"/> under the display that suits <paramref name="console"/>.</summary>
    public static Task<T> RunAsync<T>(CommandConsole console, Func<CommandProgress, Task<T>> work) =>
        console.IsTerminal ? SpectreProgress.RunAsync(console.Out, work) : PlainProgress.RunAsync(console.Out, work);

    private sealed class Relay<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
