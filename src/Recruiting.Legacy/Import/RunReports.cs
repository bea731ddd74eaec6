namespace Recruiting.Legacy.Import;

/// <summary>
/// The reports of a run's files, from pass one, which starts each, to the moment the run is done with the file. A file
/// done is counted in the run's <see cref="ImportReport"/> and handed to the sink, which leaves the run holding the
/// reports of the files still in progress only; without a sink, the run's report keeps them all, in the order given.
/// </summary>
internal sealed class RunReports(ImportFiles files, ImportReport report, IFileReportSink? sink)
{
    private readonly FileReport?[] _reports = new FileReport?[files.Count];

    /// <summary>Safe from several threads, each starting other files.</summary>
    public FileReport Start(int index) => _reports[index] = new FileReport { Path = files.PathOf(index) };

    /// <summary>A file started and not yet done.</summary>
    public FileReport this[int index] => _reports[index] ?? throw new InvalidOperationException($"The report of file {index} is not in progress.");

    /// <summary>From one thread at a time.</summary>
    public FileReport Done(int index)
    {
        var file = this[index];
        report.Count(file);
        if (sink is null) return file;
        sink.Add(index, file);
        _reports[index] = null;
        return file;
    }

    /// <summary>At the end of a run without a sink: the run's report gets every file's.</summary>
    public void Keep() => report.Files.AddRange(_reports.Select(r => r ?? throw new InvalidOperationException("A file of the run was never reported.")));
}
