using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Recruiting.Core;
using Recruiting.Core.Storage;
using Recruiting.Legacy;
using Recruiting.Legacy.Import;
using Recruiting.Testing;

namespace Recruiting.Testing.Legacy;

/// <summary>The importer wired as the application wires it, on a fresh real database; each call runs in its own scope.</summary>
public sealed class ImportHarness : IAsyncDisposable
{
    public TestDatabase Database { get; }
    public ServiceProvider Services { get; }

    private ImportHarness(TestDatabase database, ServiceProvider services) => (Database, Services) = (database, services);

    public static async Task<ImportHarness> CreateAsync(string provider = DatabaseOptions.Sqlite, Action<IServiceCollection>? extra = null)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider,
            ["ConnectionStrings:Default"] = database.ConnectionString,
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(config);
        services.AddLogging();
        services.AddRecruitingCore(config);
        services.AddLegacyImportAndExport();
        extra?.Invoke(services);
        return new ImportHarness(database, services.BuildServiceProvider());
    }

    /// <summary>
    /// Imports files and folders; their identities are relative to <paramref name="baseFolder"/> (default: the samples).
    /// The report keeps every file's, unless <paramref name="sink"/> receives them.
    /// </summary>
    public async Task<ImportReport> ImportAsync(IEnumerable<string> paths, ImportOptions? options = null, string? baseFolder = null, IFileReportSink? sink = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var sources = ImportSourceReader.List(paths, baseFolder ?? Samples.Folder);
        return await scope.ServiceProvider.GetRequiredService<LegacyImporter>().ImportAsync(sources, options ?? new ImportOptions(), sink: sink);
    }

    public Task<ImportReport> ImportAsync(string path, ImportOptions? options = null, string? baseFolder = null, IFileReportSink? sink = null) =>
        ImportAsync([path], options, baseFolder, sink);

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public RecruitingDb NewDbContext() => Database.NewContext();

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Database.DisposeAsync();
    }
}
