using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Recruiting.Legacy.Import;

namespace Recruiting.Web.Admin.Postings;

/// <summary>
/// Keeps uploaded files between the dry run and the confirmation: one JSON file per upload in a private temp
/// folder, named by a random id (so the id is the only thing the browser sends back), readable only by the user
/// who uploaded it, and removed after an hour or once imported.
/// </summary>
public sealed partial class PendingImports(TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "recruiting-pending-imports");

    private sealed record Stored(string Owner, DateTimeOffset CreatedAt, List<ImportSource> Sources, List<UploadedImport.SkippedFile> Skipped);

    /// <summary>What an upload holds: the files to import, and those left out, which the report lists on both steps.</summary>
    public sealed record Upload(IReadOnlyList<ImportSource> Sources, IReadOnlyList<UploadedImport.SkippedFile> Skipped);

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex IdFormat();

    public async Task<string> KeepAsync(string owner, Upload upload, CancellationToken ct)
    {
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(_folder);
        else Directory.CreateDirectory(_folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        RemoveExpired();
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        await using var file = File.Create(PathOf(id));
        await JsonSerializer.SerializeAsync(file, new Stored(owner, clock.GetUtcNow(), upload.Sources.ToList(), upload.Skipped.ToList()), cancellationToken: ct);
        return id;
    }

    public async Task<Upload?> FindAsync(string? id, string owner, CancellationToken ct)
    {
        if (id is null || !IdFormat().IsMatch(id) || !File.Exists(PathOf(id))) return null;
        await using var file = File.OpenRead(PathOf(id));
        var stored = await JsonSerializer.DeserializeAsync<Stored>(file, cancellationToken: ct);
        if (stored is null || stored.Owner != owner || clock.GetUtcNow() - stored.CreatedAt > Lifetime) return null;
        return new(stored.Sources, stored.Skipped ?? []);
    }

    public void Remove(string id)
    {
        if (IdFormat().IsMatch(id)) File.Delete(PathOf(id));
    }

    private string PathOf(string id) => Path.Combine(_folder, id + ".json");

    private void RemoveExpired()
    {
        foreach (var file in Directory.EnumerateFiles(_folder, "*.json"))
            if (clock.GetUtcNow() - File.GetLastWriteTimeUtc(file) > Lifetime)
                try { File.Delete(file); } catch (IOException) { }
    }
}
