using Microsoft.Data.Sqlite;

namespace Recruiting.Deploy.Tests;

/// <summary>
/// The published program started against something it cannot use: it stops with exit code 1 and one line on
/// standard error naming the path or host and the setting to change, and never prints a stack trace.
/// </summary>
[Collection(PublishedAppCollection.Name)]
public sealed class StartupFailureTests(PublishedApp app) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("recruiting-failure-").FullName;

    private async Task<string> FailingStartAsync(Dictionary<string, string> environment, bool asUnprivilegedUser = false)
    {
        environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{AppProcess.FreePort()}";
        await using var site = AppProcess.Start(app, _folder, environment, asUnprivilegedUser: asUnprivilegedUser);
        var exit = await site.ExitCodeAsync(TimeSpan.FromMinutes(2));
        Assert.True(exit == 1, $"exit code {exit}; output:\n{site.AllOutput}");
        Assert.DoesNotContain(site.Output.Concat(site.Error), line => line.TrimStart().StartsWith("at ") || line.Contains("Unhandled exception"));
        var line = Assert.Single(site.Error);
        Assert.StartsWith("The site cannot start: ", line);
        return line;
    }

    [Fact]
    public async Task A_data_folder_it_cannot_write_stops_it_naming_the_folder_and_the_setting()
    {
        var data = Path.Combine(_folder, "read-only");
        Directory.CreateDirectory(data);
        File.SetUnixFileMode(data, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        File.SetUnixFileMode(_folder, (UnixFileMode)0b111_101_101);

        // Root may write anywhere: then the program runs as nobody.
        var line = await FailingStartAsync(new() { ["Data__Folder"] = data }, asUnprivilegedUser: true);

        Assert.Contains($"the data folder {data} is not writable", line);
        Assert.Contains("Data:Folder", line);
    }

    [Fact]
    public async Task An_unreachable_PostgreSQL_server_is_retried_for_the_configured_time_then_named()
    {
        var port = AppProcess.FreePort();
        var started = DateTime.UtcNow;

        var line = await FailingStartAsync(new()
        {
            ["Database__Provider"] = "Postgres",
            ["ConnectionStrings__Default"] = $"Host=127.0.0.1;Port={port};Username=recruiting;Password=x;Database=recruiting;Timeout=2",
            ["Database__StartupWaitSeconds"] = "3",
        });

        Assert.Contains($"PostgreSQL at 127.0.0.1:{port} did not answer within 3 s", line);
        Assert.Contains("ConnectionStrings:Default", line);
        Assert.Contains("Database:StartupWaitSeconds", line);
        Assert.True(DateTime.UtcNow - started >= TimeSpan.FromSeconds(3), "it gave up before the configured wait");
    }

    [Fact]
    public async Task A_file_that_is_not_a_SQLite_database_stops_it_naming_the_file()
    {
        var file = Path.Combine(_folder, "recruiting.db");
        await File.WriteAllTextAsync(file, "These are not the pages of a SQLite database, only some text long enough to look like a header.");

        var line = await FailingStartAsync(new() { ["Data__Folder"] = _folder });

        Assert.Contains($"the SQLite database {file} is damaged or is not a SQLite database", line);
        Assert.Contains("Data:Folder", line);
    }

    [Fact]
    public async Task A_database_file_in_a_folder_that_does_not_exist_stops_it_naming_the_file_and_the_setting()
    {
        var file = Path.Combine(_folder, "missing", "recruiting.db");

        var line = await FailingStartAsync(new() { ["ConnectionStrings__Default"] = $"Data Source={file}" });

        Assert.Contains($"the folder of the SQLite database {file} does not exist", line);
        Assert.Contains("ConnectionStrings:Default", line);
    }

    [Fact]
    public async Task A_migration_the_database_refuses_stops_it_naming_the_migration_and_the_database()
    {
        // A database that has a postings table but no record of the migration that creates it.
        var file = Path.Combine(_folder, "recruiting.db");
        await using (var db = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            await db.OpenAsync();
            await using var command = db.CreateCommand();
            command.CommandText = "CREATE TABLE postings (id TEXT PRIMARY KEY);";
            await command.ExecuteNonQueryAsync();
        }

        var line = await FailingStartAsync(new() { ["Data__Folder"] = _folder });

        Assert.Contains($"migration V0001_initial failed on the database {file} and was rolled back", line);
        Assert.Contains("postings", line);
    }

    [Fact]
    public async Task A_bad_setting_stops_it_naming_the_setting_its_value_and_what_is_allowed()
    {
        var line = await FailingStartAsync(new() { ["Data__Folder"] = _folder, ["Site__PageSize"] = "0", ["Database__Provider"] = "Oracle", ["Site__Theme__Accent"] = "#ffcc00" });

        Assert.Contains("Site:PageSize is \"0\"; allowed: from 1 to 1000 postings.", line);
        Assert.Contains("Site:Theme:Accent is \"#ffcc00\"; allowed: a colour written #rgb or #rrggbb whose contrast with light grey (#f2f2f2) reaches 4.5:1", line);
        Assert.Contains("Database:Provider is \"Oracle\"; allowed: Sqlite or Postgres.", line);
        Assert.False(File.Exists(Path.Combine(_folder, "recruiting.db")), "the settings are checked before the database is touched");
    }

    [Fact]
    public async Task A_setting_of_the_wrong_type_stops_it_naming_the_setting_and_what_is_allowed()
    {
        var line = await FailingStartAsync(new() { ["Data__Folder"] = _folder, ["Security__SignInRateLimit__PermitLimit"] = "ten" });

        Assert.Contains("Security:SignInRateLimit:PermitLimit", line);
        Assert.Contains("\"ten\"", line);
        Assert.Contains("a whole number", line);
    }

    [Fact]
    public async Task A_command_creates_a_data_folder_that_does_not_exist_and_names_one_it_cannot_use_in_one_line()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_folder, "nothing-to-import")).FullName;
        var newFolder = Path.Combine(_folder, "new", "data");
        var notAFolder = Path.Combine(_folder, "a-file");
        await File.WriteAllTextAsync(notAFolder, "not a folder");

        await using (var import = AppProcess.Start(app, _folder, new Dictionary<string, string> { ["Data__Folder"] = newFolder }, ["import", empty]))
            Assert.True(await import.ExitCodeAsync(TimeSpan.FromMinutes(2)) == 0, import.AllOutput);
        await using var failing = AppProcess.Start(app, _folder, new Dictionary<string, string> { ["Data__Folder"] = notAFolder }, ["import", empty]);
        var exit = await failing.ExitCodeAsync(TimeSpan.FromMinutes(2));

        Assert.True(File.Exists(Path.Combine(newFolder, "recruiting.db")), "the import created the data folder and its database");
        Assert.True(exit == 1, $"exit code {exit}; output:\n{failing.AllOutput}");
        Assert.DoesNotContain(failing.Output.Concat(failing.Error), line => line.TrimStart().StartsWith("at ") || line.Contains("Unhandled exception"));
        var line = Assert.Single(failing.Error);
        Assert.StartsWith($"The command cannot run: the data folder {notAFolder} is not writable", line);
        Assert.Contains("Data:Folder", line);
    }

    public void Dispose()
    {
        File.SetUnixFileMode(_folder, (UnixFileMode)0b111_101_101);
        foreach (var dir in Directory.EnumerateDirectories(_folder)) File.SetUnixFileMode(dir, (UnixFileMode)0b111_101_101);
        Directory.Delete(_folder, recursive: true);
    }
}
