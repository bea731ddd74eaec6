using System.Text.Json;
using System.Text.Json.Nodes;

namespace Recruiting.Testing;

/// <summary>
/// A temporary folder to run a command from, as an operator does: its appsettings.json points at a test database,
/// with more settings if given (an object serialized as the settings file's JSON). Deleted with what was written in it.
/// </summary>
public sealed class CommandFolder : IDisposable
{
    public string Path { get; }

    private CommandFolder(string path) => Path = path;

    public static async Task<CommandFolder> CreateAsync(TestDatabase database, object? settings = null)
    {
        var folder = new CommandFolder(Directory.CreateTempSubdirectory("recruiting-command-").FullName);
        var json = new JsonObject
        {
            ["ConnectionStrings"] = new JsonObject { ["Default"] = database.ConnectionString },
            ["Database"] = new JsonObject { ["Provider"] = database.Provider },
        };
        if (settings is not null)
            foreach (var (name, value) in JsonSerializer.SerializeToNode(settings)!.AsObject()) json[name] = value?.DeepClone();
        await File.WriteAllTextAsync(System.IO.Path.Combine(folder.Path, "appsettings.json"), json.ToJsonString());
        return folder;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
