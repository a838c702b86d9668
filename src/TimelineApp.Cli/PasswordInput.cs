using System.Text;

namespace TimelineApp.Cli;

/// <summary>
/// Reads a password, never from the command line (it would end up in the shell history and the process list):
/// from the terminal without echo, asked twice, or as one line of standard input when it is redirected.
/// </summary>
internal static class PasswordInput
{
    public static string Read(string prompt)
    {
        if (Console.IsInputRedirected)
        {
            string? line = Console.In.ReadLine();
            return string.IsNullOrEmpty(line) ? throw new CliInputException("no password on standard input") : line;
        }

        string first = ReadHidden(prompt);
        string second = ReadHidden("Again: ");
        return first == second ? first : throw new CliInputException("the two passwords differ");
    }

    private static string ReadHidden(string prompt)
    {
        Console.Error.Write(prompt);
        var password = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                Console.Error.WriteLine();
                return password.ToString();
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                if (password.Length > 0)
                {
                    password.Length--;
                }
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }
    }
}
