using System.Diagnostics;
using Recruiting.Testing;

namespace Recruiting.Deploy.Tests;

/// <summary>
/// The program published once per test run, as the README says (`dotnet publish -c Release -o DIR src/Recruiting.Web`),
/// into a temporary folder every test of the collection shares. Tests copy nothing back into it but the data the
/// program writes there itself.
/// </summary>
public sealed class PublishedApp : IAsyncLifetime
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "recruiting-publish-" + Guid.NewGuid().ToString("N")[..12]);

    public string Program => Path.Combine(Folder, "Recruiting.Web.dll");

    public async Task InitializeAsync()
    {
        // Created with the default mode (not 0700 like a temporary subdirectory): a test runs the program as another user.
        Directory.CreateDirectory(Folder);
        // No build servers: they would outlive the test and keep its output pipes open.
        var info = new ProcessStartInfo("dotnet", ["publish", RepositoryFiles.Path("src", "Recruiting.Web"), "-c", "Release", "-o", Folder,
            "--disable-build-servers", "-nologo", "-v:q"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var publish = Process.Start(info)!;
        var output = publish.StandardOutput.ReadToEndAsync();
        var error = publish.StandardError.ReadToEndAsync();
        await publish.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(10));
        if (publish.ExitCode != 0)
            throw new InvalidOperationException($"dotnet publish failed ({publish.ExitCode}):\n{await output}\n{await error}");
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Folder, recursive: true);
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class PublishedAppCollection : ICollectionFixture<PublishedApp>
{
    public const string Name = "published app";
}
