using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace Recruiting.Web.Hosting;

/// <summary>
/// The folder holding the product's appsettings.json, found from where the program is, never from the current
/// directory: the program's own folder when it has the file (a published folder), else the checkout the program was
/// built in (the folder holding Recruiting.sln). Relative paths in settings (the data folder, the import folder) are
/// taken from here.
/// </summary>
public sealed record AppRoot(string Path)
{
    public const string DataFolderSetting = "Data:Folder";

    public static AppRoot Locate()
    {
        var program = AppContext.BaseDirectory;
        if (File.Exists(System.IO.Path.Combine(program, "appsettings.json"))) return new AppRoot(program);
        for (var dir = new DirectoryInfo(program); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Recruiting.sln")) && File.Exists(System.IO.Path.Combine(dir.FullName, "appsettings.json")))
                return new AppRoot(dir.FullName);
        return new AppRoot(program);
    }

    public string Resolve(string path) => System.IO.Path.GetFullPath(path, Path);

    /// <summary>
    /// Adds the root appsettings.json below every other source, so environment variables still win; then makes
    /// `Data:Folder` absolute (default: this folder) and puts a relative SQLite file in it.
    /// </summary>
    public void AddSettingsTo(IConfigurationBuilder config)
    {
        config.Sources.Insert(0, new JsonConfigurationSource
        {
            FileProvider = new PhysicalFileProvider(Path),
            Path = "appsettings.json",
            Optional = true,
            ReloadOnChange = false,
        });
        var settings = config.Build();
        var dataFolder = Resolve(settings[DataFolderSetting] is { Length: > 0 } folder ? folder : ".");
        var resolved = new Dictionary<string, string?> { [DataFolderSetting] = dataFolder };
        if (settings["Database:Provider"] is null or "" || string.Equals(settings["Database:Provider"], "Sqlite", StringComparison.OrdinalIgnoreCase))
            if (SqliteFileIn(dataFolder, Recruiting.Core.Storage.DatabaseOptions.ConnectionString(settings)) is { } connection)
                resolved["ConnectionStrings:Default"] = connection;
        config.AddInMemoryCollection(resolved);
    }

    /// <summary>The connection string with a relative database file taken from the data folder; null when there is nothing to change.</summary>
    private static string? SqliteFileIn(string dataFolder, string? connection)
    {
        if (string.IsNullOrWhiteSpace(connection)) return null;
        SqliteConnectionStringBuilder builder;
        try { builder = new SqliteConnectionStringBuilder(connection); }
        catch (ArgumentException) { return null; } // not a SQLite connection string: opening it reports the error
        if (builder.DataSource is "" or ":memory:" || builder.Mode == SqliteOpenMode.Memory || System.IO.Path.IsPathRooted(builder.DataSource)) return null;
        builder.DataSource = System.IO.Path.GetFullPath(builder.DataSource, dataFolder);
        return builder.ConnectionString;
    }
}
