// An HTTP-router-like dispatcher: function types with methods, middleware chains, method expressions.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Request struct {
	Method, Path string
	Headers      map[string]string
}

type Response struct {
	Status int
	Body   strings.Builder
}

type Handler interface {
	Serve(w *Response, r *Request)
}

type HandlerFunc func(w *Response, r *Request)

func (f HandlerFunc) Serve(w *Response, r *Request) { f(w, r) }

type Middleware func(Handler) Handler

type Router struct {
	routes map[string]Handler
	mw     []Middleware
}

func (rt *Router) Handle(pattern string, h Handler) {
	if rt.routes == nil {
		rt.routes = make(map[string]Handler)
	}
	rt.routes[pattern] = h
}

func (rt *Router) HandleFunc(pattern string, f func(*Response, *Request)) {
	rt.Handle(pattern, HandlerFunc(f))
}

func (rt *Router) Use(m ...Middleware) { rt.mw = append(rt.mw, m...) }

func (rt *Router) Serve(w *Response, r *Request) {
	h, ok := rt.routes[r.Method+" "+r.Path]
	if !ok {
		h = HandlerFunc(notFound)
	}
	for i := len(rt.mw) - 1; i >= 0; i-- {
		h = rt.mw[i](h)
	}
	h.Serve(w, r)
}

func notFound(w *Response, r *Request) {
	w.Status = 404
	fmt.Fprintf(&w.Body, "no route for %s %s", r.Method, r.Path)
}

var logLines []string

func logging(next Handler) Handler {
	return HandlerFunc(func(w *Response, r *Request) {
		next.Serve(w, r)
		logLines = append(logLines, fmt.Sprintf("%s %s -> %d", r.Method, r.Path, w.Status))
	})
}

var errUnauthorized = errors.New("unauthorized")

func auth(token string) Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(w *Response, r *Request) {
			if strings.HasPrefix(r.Path, "/admin") && r.Headers["Authorization"] != "Bearer "+token {
				w.Status = 401
				w.Body.WriteString(errUnauthorized.Error())
				return
			}
			next.Serve(w, r)
		})
	}
}

func recoverer(next Handler) Handler {
	return HandlerFunc(func(w *Response, r *Request) {
		defer func() {
			if p := recover(); p != nil {
				w.Status = 500
				w.Body.Reset()
				fmt.Fprint(&w.Body, "internal error: ", p)
			}
		}()
		next.Serve(w, r)
	})
}

type userStore struct {
	users map[int]string
}

func (s *userStore) list(w *Response, r *Request) {
	ids := make([]int, 0, len(s.users))
	for id := range s.users {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	w.Status = 200
	for _, id := range ids {
		fmt.Fprintf(&w.Body, "%d=%s;", id, s.users[id])
	}
}

func main() {
	store := &userStore{users: map[int]string{3: "carol", 1: "alice", 2: "bob"}}
	var rt Router
	rt.Use(logging, recoverer, auth("s3cret"))
	rt.HandleFunc("GET /users", store.list)
	rt.HandleFunc("GET /panic", func(w *Response, r *Request) {
		var users []string
		w.Body.WriteString("partial")
		_ = users[len(r.Path)]
	})
	rt.Handle("GET /admin", HandlerFunc(func(w *Response, r *Request) {
		w.Status = 200
		w.Body.WriteString("welcome admin")
	}))
	reqs := []*Request{
		{Method: "GET", Path: "/users"},
		{Method: "POST", Path: "/users"},
		{Method: "GET", Path: "/panic"},
		{Method: "GET", Path: "/admin"},
		{Method: "GET", Path: "/admin", Headers: map[string]string{"Authorization": "Bearer s3cret"}},
	}
	for _, r := range reqs {
		var w Response
		rt.Serve(&w, r)
		fmt.Printf("%-5s %-7s %d %q\n", r.Method, r.Path, w.Status, w.Body.String())
	}
	fmt.Println(strings.Join(logLines, "\n"))
	serve := Handler.Serve
	var w Response
	serve(HandlerFunc(notFound), &w, &Request{Method: "PUT", Path: "/x"})
	fmt.Println(w.Status, w.Body.String())
	f := (*userStore).list
	var w2 Response
	f(store, &w2, nil)
	fmt.Println(w2.Body.Len(), w2.Body.String())
	fmt.Printf("%T %T\n", HandlerFunc(notFound), Middleware(logging))
}
