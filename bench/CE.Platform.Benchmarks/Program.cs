using BenchmarkDotNet.Running;
using CE.Platform.Benchmarks;

// seed [--learners N] [--org-sizes 1000,10000] [--bulk]  the data set the performance issue names, into the configured database (COPY with the last two)
// quiz-pool --out FILE [...]       open attempts for the quiz save/submit load (bench/quiz.lua)
// quiz-check --pool FILE [...]     after the quiz load: nothing lost, nothing scored twice
// time-jobs                        a 10,000-learner bulk assignment and a reminder run, timed
// time-item-analysis [--out FILE]  the item-analysis job over every seeded attempt, timed
// anything else                    BenchmarkDotNet suites (e.g. --filter *HotCode*)
return args.FirstOrDefault() switch
{
    "seed" => await BenchCommands.SeedAsync(args[1..]),
    "quiz-pool" => await BenchCommands.QuizPoolAsync(args[1..]),
    "quiz-check" => await BenchCommands.QuizCheckAsync(args[1..]),
    "time-jobs" => await JobTimings.RunAsync(args[1..]),
    "time-item-analysis" => await ItemAnalysisTiming.RunAsync(args[1..]),
    _ => RunBenchmarkDotNet(args),
};

static int RunBenchmarkDotNet(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(SeedSize).Assembly).Run(args);
    return 0;
}
