using Recruiting.Legacy.Import;

namespace Recruiting.Web.Hosting;

/// <summary>
/// When the database has no posting yet (<see cref="DatabaseStartup"/> decides), imports the configured `Import:Folder`
/// (relative to the application root) and logs the summary. A blank setting turns this off; a missing folder is logged and skipped.
/// </summary>
public static class InitialImport
{
    public static bool IsConfigured(IServiceProvider services) =>
        !string.IsNullOrWhiteSpace(services.GetRequiredService<IConfiguration>()["Import:Folder"]);

    public static async Task RunAsync(IServiceProvider services, ILogger logger)
    {
        var path = services.GetRequiredService<AppRoot>().Resolve(services.GetRequiredService<IConfiguration>()["Import:Folder"]!);
        if (!Directory.Exists(path))
        {
            logger.LogWarning("Import:Folder {Folder} does not exist; nothing imported.", path);
            return;
        }
        var sources = ImportSourceReader.List([path], services.GetRequiredService<AppRoot>().Path);
        var report = await services.GetRequiredService<LegacyImporter>().ImportAsync(sources, new ImportOptions(ActorName: "import (start-up)"), sink: new FilesNeedingAction(logger));
        logger.LogInformation("Imported {Folder} into the empty database: {Summary}", path, report.Summary());
    }

    /// <summary>Logs each rejected or conflicting file as the run finishes it; the others are only counted.</summary>
    private sealed class FilesNeedingAction(ILogger logger) : IFileReportSink
    {
        public void Add(int index, FileReport file)
        {
            if (file.Outcome is FileOutcome.Rejected or FileOutcome.Conflict)
                logger.LogWarning("{Outcome} {Path}: {Messages}", file.Outcome, file.Path, string.Join(" ", file.Messages));
        }
    }
}
