using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace Recruiting.Web.Hosting;

/// <summary>
/// The folder holding the product's appsettings.json: the repository root when run from a checkout
/// (`dotnet run --project` would otherwise look in the project folder), else the program's own folder.
/// Relative paths in settings (the SQLite file, the import folder) are taken from here.
/// </summary>
public sealed record AppRoot(string Path)
{
    public static AppRoot Locate()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "Recruiting.sln")) && File.Exists(System.IO.Path.Combine(dir.FullName, "appsettings.json")))
                    return new AppRoot(dir.FullName);
        }
        return new AppRoot(AppContext.BaseDirectory);
    }

    public string Resolve(string path) => System.IO.Path.GetFullPath(path, Path);

    /// <summary>Adds the root appsettings.json below every other source, so environment variables still win.</summary>
    public void AddSettingsTo(IConfigurationBuilder config)
    {
        config.Sources.Insert(0, new JsonConfigurationSource
        {
            FileProvider = new PhysicalFileProvider(Path),
            Path = "appsettings.json",
            Optional = true,
            ReloadOnChange = false,
        });
        var connection = config.Build().GetConnectionString("Default");
        if (connection is not null && connection.StartsWith("Data Source=", StringComparison.OrdinalIgnoreCase)
            && !connection.Contains(":memory:") && config.Build()["Database:Provider"] is null or "Sqlite")
        {
            var file = connection["Data Source=".Length..].Split(';')[0];
            var rest = connection.Contains(';') ? connection[connection.IndexOf(';')..] : "";
            config.AddInMemoryCollection([new("ConnectionStrings:Default", $"Data Source={Resolve(file)}{rest}")]);
        }
    }
}
