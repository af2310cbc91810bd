// An INI-style config parser with strings/strconv, typed getters and validation errors.
// exit: 3
package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"
)

type Section map[string]string

type Config struct {
	sections map[string]Section
	order    []string
}

type ParseError struct {
	Line int
	Text string
	Err  error
}

func (e *ParseError) Error() string {
	return "line " + strconv.Itoa(e.Line) + ": " + e.Err.Error() + ": " + strconv.Quote(e.Text)
}

func (e *ParseError) Unwrap() error { return e.Err }

var (
	ErrNoSection = errors.New("key outside section")
	ErrBadLine   = errors.New("malformed line")
	ErrMissing   = errors.New("missing key")
)

func Parse(src string) (*Config, []error) {
	cfg := &Config{sections: make(map[string]Section)}
	var errs []error
	current := ""
	for i, raw := range strings.Split(src, "\n") {
		line := strings.TrimSpace(raw)
		if idx := strings.IndexAny(line, "#;"); idx >= 0 {
			line = strings.TrimSpace(line[:idx])
		}
		switch {
		case line == "":
			continue
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			current = strings.ToLower(strings.TrimSpace(line[1 : len(line)-1]))
			if _, ok := cfg.sections[current]; !ok {
				cfg.sections[current] = Section{}
				cfg.order = append(cfg.order, current)
			}
		default:
			key, value, ok := strings.Cut(line, "=")
			if !ok {
				errs = append(errs, &ParseError{i + 1, raw, ErrBadLine})
				continue
			}
			if current == "" {
				errs = append(errs, &ParseError{Line: i + 1, Text: raw, Err: ErrNoSection})
				continue
			}
			value = strings.TrimSpace(value)
			if uq, err := strconv.Unquote(value); err == nil {
				value = uq
			}
			cfg.sections[current][strings.TrimSpace(key)] = value
		}
	}
	return cfg, errs
}

func (c *Config) get(section, key string) (string, error) {
	s, ok := c.sections[section]
	if !ok {
		return "", fmt.Errorf("section %q: %w", section, ErrMissing)
	}
	v, ok := s[key]
	if !ok {
		return "", fmt.Errorf("%s.%s: %w", section, key, ErrMissing)
	}
	return v, nil
}

func (c *Config) Int(section, key string, def int) (int, error) {
	v, err := c.get(section, key)
	if errors.Is(err, ErrMissing) {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return def, fmt.Errorf("%s.%s: %w", section, key, err)
	}
	return n, nil
}

func (c *Config) Bool(section, key string) bool {
	v, _ := c.get(section, key)
	b, _ := strconv.ParseBool(v)
	return b
}

func (c *Config) Duration(section, key string) time.Duration {
	v, err := c.get(section, key)
	if err != nil {
		return 0
	}
	ms, err := strconv.ParseInt(strings.TrimSuffix(v, "ms"), 10, 64)
	if err != nil {
		return -1
	}
	return time.Duration(ms) * time.Millisecond
}

const sample = `
# global settings
orphan = 1
[Server]
host = "example.com"   ; quoted
port = 8080
debug = true
timeout = 1500ms
[database]
user=admin
pool = many
this line is broken
[server]
workers = 4
`

func main() {
	cfg, errs := Parse(sample)
	for _, e := range errs {
		var pe *ParseError
		if errors.As(e, &pe) {
			fmt.Printf("error at %d (%v): %v\n", pe.Line, errors.Is(e, ErrBadLine), e)
		}
	}
	fmt.Println("sections:", cfg.order)
	for _, name := range cfg.order {
		keys := make([]string, 0, len(cfg.sections[name]))
		for k := range cfg.sections[name] {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		fmt.Printf("[%s]\n", name)
		for _, k := range keys {
			fmt.Printf("  %-8s = %q\n", k, cfg.sections[name][k])
		}
	}
	port, err := cfg.Int("server", "port", 80)
	fmt.Println("port", port, err)
	w, _ := cfg.Int("server", "workers", 1)
	fmt.Println("workers", w, "debug", cfg.Bool("server", "debug"), "timeout", cfg.Duration("server", "timeout"))
	_, err = cfg.Int("database", "pool", 10)
	fmt.Println(err)
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Println("func:", ne.Func, "num:", ne.Num, "err:", ne.Err, ne.Err == strconv.ErrSyntax)
	}
	retries, err := cfg.Int("client", "retries", 3)
	fmt.Println(retries, err)
	_, err = cfg.get("client", "x")
	fmt.Println(err)
	if len(errs) > 0 {
		fmt.Fprintf(os.Stderr, "%d errors\n", len(errs))
		os.Exit(3)
	}
}
