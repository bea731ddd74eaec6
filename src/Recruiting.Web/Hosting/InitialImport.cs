using Microsoft.EntityFrameworkCore;
using Recruiting.Core.Storage;
using Recruiting.Legacy.Import;

namespace Recruiting.Web.Hosting;

public static class InitialImport
{
    /// <summary>
    /// When the database has no posting yet, imports the configured `Import:Folder` (relative to the application root)
    /// and logs the summary. A blank setting turns this off; a missing folder is logged and skipped.
    /// </summary>
    public static async Task RunIfEmptyAsync(IServiceProvider services, ILogger logger)
    {
        var folder = services.GetRequiredService<IConfiguration>()["Import:Folder"];
        if (string.IsNullOrWhiteSpace(folder)) return;
        if (await services.GetRequiredService<RecruitingDb>().Postings.AnyAsync()) return;
        var path = services.GetRequiredService<AppRoot>().Resolve(folder);
        if (!Directory.Exists(path))
        {
            logger.LogWarning("Import:Folder {Folder} does not exist; nothing imported.", path);
            return;
        }
        var sources = ImportSourceReader.Read([path], services.GetRequiredService<AppRoot>().Path);
        var report = await services.GetRequiredService<LegacyImporter>().ImportAsync(sources, new ImportOptions(ActorName: "import (start-up)"));
        logger.LogInformation("Imported {Folder} into the empty database: {Summary}", path, report.Summary());
        foreach (var file in report.Files.Where(f => f.Outcome is FileOutcome.Rejected or FileOutcome.Conflict))
            logger.LogWarning("{Outcome} {Path}: {Messages}", file.Outcome, file.Path, string.Join(" ", file.Messages));
    }
}
