namespace Recruiting.Web.Hosting;

public static class InitialImport
{
    /// <summary>When the database has no posting yet, imports the configured `Import:Folder`.</summary>
    public static Task RunIfEmptyAsync(IServiceProvider services, ILogger logger)
    {
        // TODO(importer): run the legacy importer on Import:Folder when Postings is empty.
        return Task.CompletedTask;
    }
}
