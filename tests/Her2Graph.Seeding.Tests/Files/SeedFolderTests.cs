using Her2Graph.Seeding.Files;
using Her2Graph.Seeding.Tests.Support;

namespace Her2Graph.Seeding.Tests.Files;

public sealed class SeedFolderTests
{
    [Fact]
    public void Find_FromADirectoryBelow_FindsTheFolderAbove()
    {
        using var seed = new TempSeedFolder();
        var below = Directory.CreateDirectory(Path.Combine(seed.Root, "src", "Her2Graph.Api")).FullName;

        Assert.Equal(seed.Folder, SeedFolder.Find(below));
    }

    [Fact]
    public void Find_NoFolderUpToTheRoot_ReturnsNull()
    {
        using var seed = new TempSeedFolder();
        Directory.Delete(seed.Folder);

        Assert.Null(SeedFolder.Find(seed.Root));
    }
}
