using Recruiting.Testing.Legacy.Hugo;

namespace Recruiting.Legacy.Tests.Parity;

/// <summary>The parity tests of this assembly share one <see cref="ParityFixture"/> (xUnit wants the collection declared in each test assembly).</summary>
[CollectionDefinition(Name)]
public sealed class ParityCollection : ICollectionFixture<ParityFixture>
{
    public const string Name = "Hugo parity";
}
