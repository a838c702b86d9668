using System.CommandLine;
using TimelineApp.Cli;
using TimelineApp.Cli.Commands;
using TimelineApp.Core.Documents;

var root = new RootCommand("TimelineApp: turn scraped news dumps into a timeline of dated events.")
{
    ResolveCommand.Create(),
    IngestCommand.Create(),
    UsersCommand.Create(),
    ExportCommand.Create(),
};

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    Console.Error.WriteLine($"timeline: {parse.Errors[0].Message} (see --help)");
    return 2;
}

try
{
    return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (CliInputException e)
{
    Console.Error.WriteLine($"timeline: {e.Message}");
    return 2;
}
catch (DumpFormatException e)
{
    Console.Error.WriteLine($"timeline: {e.Message}");
    return 3;
}
