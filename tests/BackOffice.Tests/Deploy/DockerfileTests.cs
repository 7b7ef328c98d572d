using System.Globalization;

namespace CarRentalGateway.BackOffice.Tests.Deploy;

/// <summary>
/// There is no container engine here to build deploy/Dockerfile, so its instructions are read back and checked against
/// the app and the manifests: who it runs as, what it starts, which port it serves, and what it copies.
/// </summary>
public sealed class DockerfileTests
{
    private static readonly IReadOnlyList<(string Instruction, string Arguments)> Instructions = DeployFiles.DockerfileInstructions();

    /// <summary>The instructions of the image that ships: the last stage.</summary>
    private static IEnumerable<(string Instruction, string Arguments)> FinalStage =>
        Instructions.Skip(Instructions.Select((i, index) => (i.Instruction, index)).Last(i => i.Instruction == "FROM").index);

    /// <summary>The user the shipped image runs as, as the Deployment's runAsUser must repeat it.</summary>
    public static string ImageUser() => FinalStage.Last(i => i.Instruction == "USER").Arguments;

    /// <summary>The port the shipped image serves, as the Deployment's container port must repeat it.</summary>
    public static string ExposedPort() => FinalStage.Single(i => i.Instruction == "EXPOSE").Arguments;

    [Fact]
    public void It_builds_in_one_stage_and_ships_another()
    {
        var stages = Instructions.Where(i => i.Instruction == "FROM").Select(i => i.Arguments).ToList();

        Assert.Equal(2, stages.Count);
        Assert.Contains("/sdk:", stages[0], StringComparison.Ordinal);
        Assert.Contains("/aspnet:", stages[1], StringComparison.Ordinal);
    }

    [Fact]
    public void The_image_runs_as_a_numeric_non_root_user()
    {
        var user = ImageUser();

        Assert.True(int.TryParse(user, CultureInfo.InvariantCulture, out var uid), $"USER {user} is not numeric: Kubernetes cannot check runAsNonRoot");
        Assert.NotEqual(0, uid);
    }

    [Fact]
    public void It_starts_the_apps_own_assembly()
    {
        var entryPoint = FinalStage.Single(i => i.Instruction == "ENTRYPOINT").Arguments;

        Assert.Equal($"[\"dotnet\", \"{typeof(Program).Assembly.GetName().Name}.dll\"]", entryPoint);
    }

    [Fact]
    public void It_serves_http_on_the_port_it_exposes()
    {
        Assert.Contains($"ASPNETCORE_HTTP_PORTS={ExposedPort()}", FinalStage.Where(i => i.Instruction == "ENV").Select(i => i.Arguments));
    }

    [Fact]
    public void Every_file_it_copies_from_the_repository_exists()
    {
        var sources = Instructions.Where(i => i.Instruction == "COPY" && !i.Arguments.StartsWith("--from", StringComparison.Ordinal))
            .SelectMany(i => i.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries)[..^1]);

        Assert.All(sources, source => Assert.True(
            Path.Exists(Path.Combine(DeployFiles.RepositoryRoot, source)), $"COPY {source}: no such file or folder"));
    }
}
