namespace Recruiting.Testing;

/// <summary>Files of the checkout the tests run from (the folder holding Recruiting.sln).</summary>
public static class RepositoryFiles
{
    public static string Path(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Recruiting.sln")))
                return System.IO.Path.Combine([dir.FullName, .. parts]);
        throw new InvalidOperationException("The tests do not run inside the repository: Recruiting.sln not found above " + AppContext.BaseDirectory);
    }
}
